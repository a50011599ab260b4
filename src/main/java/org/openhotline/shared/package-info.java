/**
 * Infrastructure every module may use: the embedded database for a fresh machine, the
 * web security baseline (headers, request limits, locale) and the anonymous rate limiter.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Shared infrastructure")
package org.openhotline.shared;

import org.jspecify.annotations.NullMarked;
