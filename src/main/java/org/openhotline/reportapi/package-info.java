/**
 * The report API: organisations with the {@code reports} scope send reports by the hundred
 * addresses, retried safely with an {@code Idempotency-Key}, and follow where their own
 * reports stand.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report API",
		allowedDependencies = { "intake", "intake :: url", "triage", "takedown", "blocklist", "organisations",
				"shared :: web" })
@NullMarked
package org.openhotline.reportapi;

import org.jspecify.annotations.NullMarked;
