/**
 * The URL list: entries that follow the cases (added when an address is assessed as illegal,
 * off when its content is gone), the versions with their checksums and signed manifests, the
 * members' API and their freshness.
 */
@org.springframework.modulith.ApplicationModule(displayName = "URL list",
		allowedDependencies = { "triage", "takedown", "intake :: url", "organisations", "audit", "accounts", "shared :: crypto",
				"shared :: validation", "shared :: web" })
@NullMarked
package org.openhotline.blocklist;

import org.jspecify.annotations.NullMarked;
