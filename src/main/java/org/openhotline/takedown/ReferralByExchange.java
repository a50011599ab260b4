package org.openhotline.takedown;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An analyst sent a referral to a partner hotline that has an exchange endpoint: the
 * exchange sends it there as a signed document instead of an e-mail. Published through the
 * event publication registry in the transaction that made the action, so it is sent even
 * across a crash.
 *
 * @param reference the action's reference: the sender's reference in the document
 */
public record ReferralByExchange(UUID actionId, UUID caseId, UUID partnerId, String endpoint, String reference,
		String canonicalUrl, @Nullable String country, @Nullable Long asn, @Nullable String network,
		List<String> addresses, Instant at) {

	public ReferralByExchange {
		addresses = List.copyOf(addresses);
	}
}
