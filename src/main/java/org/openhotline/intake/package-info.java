/**
 * Reports as the public files them: durable, exactly-once submission, receipt codes, the
 * signed form tokens, and what the back office may read of a report; {@code intake.url}
 * canonicalises reported addresses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report intake",
		allowedDependencies = { "shared :: crypto", "shared :: net" })
@NullMarked
package org.openhotline.intake;

import org.jspecify.annotations.NullMarked;
