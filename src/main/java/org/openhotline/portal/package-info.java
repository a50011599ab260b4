/**
 * The public portals: each country's pages, its report and status forms, and what guards them
 * (public paths, the public security chain, the anonymous rate limiter).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portals",
		allowedDependencies = { "intake", "intake :: url", "triage", "audit", "shared :: crypto", "shared :: net",
				"shared :: validation", "shared :: web" })
@NullMarked
package org.openhotline.portal;

import org.jspecify.annotations.NullMarked;
