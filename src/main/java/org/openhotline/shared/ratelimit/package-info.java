/** The anonymous rate limiter of the public forms, and what it asks of the portal module. */
@NullMarked
@NamedInterface("ratelimit")
package org.openhotline.shared.ratelimit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
