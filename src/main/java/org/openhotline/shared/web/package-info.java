/** The web baseline: security headers, request limits, locale from the address, public paths. */
@NullMarked
@NamedInterface("web")
package org.openhotline.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
