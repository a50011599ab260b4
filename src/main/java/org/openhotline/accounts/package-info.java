/**
 * Staff accounts: roles, Argon2id passwords, the mandatory second factor (TOTP with
 * one-time recovery codes), sign-in throttling, and the sessions of the back office.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "audit", "shared :: crypto", "shared :: net", "shared :: validation", "shared :: web" })
@NullMarked
package org.openhotline.accounts;

import org.jspecify.annotations.NullMarked;
