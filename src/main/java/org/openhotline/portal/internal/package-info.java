/** Portal internals: loading portals, the messages with their text overrides, the anonymous rate limiter. */
@NullMarked
package org.openhotline.portal.internal;

import org.jspecify.annotations.NullMarked;
