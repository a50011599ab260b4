/**
 * Where a reported address is hosted: the host's addresses from DNS, each address's country
 * and network from IP data files, and the abuse contacts from RDAP. Nothing here ever sends
 * a request to the reported address itself: DNS asks the configured resolver about the name,
 * RDAP asks the registries about the address and the domain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracing",
		allowedDependencies = { "triage", "audit", "accounts", "shared :: net", "shared :: validation",
				"shared :: web" })
@NullMarked
package org.openhotline.tracing;

import org.jspecify.annotations.NullMarked;
