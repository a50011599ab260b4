/**
 * What every module may use: crypto, validation and the one refused-step type, the public
 * address classification, and the web baseline every page needs (headers, request limits, locale).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Shared infrastructure")
package org.openhotline.shared;

import org.jspecify.annotations.NullMarked;
