/** The one directory of organisations that use the APIs (URL-list members now) and their API keys. */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations",
		allowedDependencies = { "audit", "shared :: crypto", "shared :: net", "shared :: validation", "shared :: web" })
@NullMarked
package org.openhotline.organisations;

import org.jspecify.annotations.NullMarked;
