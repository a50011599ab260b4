/**
 * The report API: organisations with the {@code reports} scope send reports by the hundred
 * addresses, retried safely with an {@code Idempotency-Key}, and follow where their own
 * reports stand, by asking or through a signed callback.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report API",
		allowedDependencies = { "intake", "intake :: url", "triage", "takedown", "blocklist", "organisations",
				"shared :: crypto", "shared :: net", "shared :: web" })
@NullMarked
package org.openhotline.reportapi;

import org.jspecify.annotations.NullMarked;
