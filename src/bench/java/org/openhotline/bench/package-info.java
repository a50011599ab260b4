/**
 * The benchmark's baseline: an endpoint that inserts one row and nothing else. Compiled only
 * with the Maven profile {@code bench} (never into the production jar) and enabled only with
 * {@code openhotline.bench.enabled=true}.
 */
@NullMarked
package org.openhotline.bench;

import org.jspecify.annotations.NullMarked;
