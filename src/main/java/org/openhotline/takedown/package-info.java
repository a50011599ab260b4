/**
 * Getting content removed: the partner directory, the notices and referrals proposed from a
 * trace and sent through the outbox, the clock that re-notifies and escalates until an
 * analyst confirms removal, and the removal figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Takedown",
		allowedDependencies = { "tracing", "triage", "organisations", "audit", "accounts", "shared :: crypto", "shared :: validation",
				"shared :: web" })
@NullMarked
package org.openhotline.takedown;

import org.jspecify.annotations.NullMarked;
