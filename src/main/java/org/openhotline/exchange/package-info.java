/**
 * The hotline exchange: referrals between hotlines as signed JSON documents (version 1,
 * {@code docs/exchange/referral-v1.schema.json}) — the addresses, the assessment's INTERPOL
 * class and the trace, never any content — signed with the installation's Ed25519 key.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hotline exchange",
		allowedDependencies = { "takedown", "triage", "intake", "intake :: url", "organisations", "shared :: crypto", "shared :: validation",
				"shared :: net", "shared :: web" })
@NullMarked
package org.openhotline.exchange;

import org.jspecify.annotations.NullMarked;
