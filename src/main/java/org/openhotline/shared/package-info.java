/**
 * What every module may use: crypto, validation and the one refused-step type, the public
 * address classification and IPv6 text, and the web baseline every page needs (headers,
 * request limits, locale, the last security chain, the ready banner).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Shared infrastructure", allowedDependencies = {})
package org.openhotline.shared;

import org.jspecify.annotations.NullMarked;
