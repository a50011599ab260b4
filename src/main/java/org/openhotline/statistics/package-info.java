/**
 * Per-portal and overall figures, aggregated from other modules' events into the module's
 * own tables as they arrive: the office statistics pages, their CSV, and the public figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics",
		allowedDependencies = { "intake", "triage", "takedown", "accounts", "shared :: web" })
@NullMarked
package org.openhotline.statistics;

import org.jspecify.annotations.NullMarked;
