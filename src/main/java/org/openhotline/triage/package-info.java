/**
 * Cases: one per reported address, the analysts' queue, claims, first and second assessments
 * under a taxonomy, and what a reporter is told of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Triage",
		allowedDependencies = { "intake", "audit", "accounts", "database", "shared :: crypto", "shared :: validation",
				"shared :: web" })
@NullMarked
package org.openhotline.triage;

import org.jspecify.annotations.NullMarked;
