/** The web baseline: security headers, request limits, locale from the address, the last security chain, the ready banner. */
@NullMarked
@NamedInterface("web")
package org.openhotline.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
