package org.openhotline.exchange.internal;

import java.util.UUID;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.jspecify.annotations.Nullable;
import org.openhotline.exchange.ExchangeRefused;
import org.openhotline.exchange.ExchangeRefused.Reason;
import org.openhotline.shared.crypto.Ed25519Keys;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.takedown.PartnerDirectory;
import org.springframework.stereotype.Component;

/**
 * Who sent a document to the exchange: the partner hotline the calling organisation is linked
 * to, whose public key must have signed exactly the bytes received. Checked before anything of
 * the document is read, for referrals and outcomes alike.
 */
@Component
public class PartnerSignatures {

	/** The partner that signed, and the id of the key it signed with. */
	public record Signed(PartnerContact partner, String keyId) {
	}

	private final PartnerDirectory partners;

	PartnerSignatures(PartnerDirectory partners) {
		this.partners = partners;
	}

	public Signed verify(UUID organisation, byte[] body, @Nullable String signature) {
		PartnerContact partner = partners.exchangeCaller(organisation)
			.filter(p -> p.exchange().publicKey() != null)
			.orElseThrow(() -> new ExchangeRefused(Reason.NOT_A_PARTNER,
					"This organisation is no partner hotline with a public key in the partner directory."));
		Ed25519PublicKeyParameters key = Ed25519Keys.publicKey(String.valueOf(partner.exchange().publicKey()));
		if (signature == null || !Ed25519Keys.verify(key, body, signature)) {
			throw new ExchangeRefused(Reason.BAD_SIGNATURE, "The Signature-Ed25519 header is missing or is not "
					+ "the signature of the partner's key (id " + Ed25519Keys.keyId(key) + ") over the body as sent.");
		}
		return new Signed(partner, Ed25519Keys.keyId(key));
	}
}
