/**
 * The benchmark's baseline: an endpoint that inserts one row and nothing else, enabled
 * only with {@code openhotline.bench.enabled=true} (never in production).
 */
@NullMarked
package org.openhotline.shared.bench;

import org.jspecify.annotations.NullMarked;
