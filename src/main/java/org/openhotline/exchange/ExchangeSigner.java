package org.openhotline.exchange;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.jspecify.annotations.Nullable;
import org.openhotline.exchange.internal.ExchangeProperties;
import org.openhotline.exchange.internal.OutcomeJson;
import org.openhotline.exchange.internal.ReferralJson;
import org.openhotline.shared.crypto.Ed25519Keys;
import org.springframework.stereotype.Component;

/** Signs the referrals and outcomes this installation sends with its exchange key (not the URL list's). */
@Component
public class ExchangeSigner {

	private static final String HOW_TO_MAKE_ONE = "set OPENHOTLINE_EXCHANGE_SIGNING_KEY to an Ed25519 private key: "
			+ "PEM PKCS#8 (openssl genpkey -algorithm ed25519) or the base64 of a 32-byte seed (openssl rand -base64 32)";

	private final Ed25519PrivateKeyParameters privateKey;

	private final Ed25519PublicKeyParameters publicKey;

	private final String keyId;

	ExchangeSigner(ExchangeProperties properties) {
		this.privateKey = privateKey(properties.signingKey());
		this.publicKey = privateKey.generatePublicKey();
		this.keyId = Ed25519Keys.keyId(publicKey);
	}

	public SignedReferral sign(ReferralDocument document) {
		byte[] body = ReferralJson.write(document);
		return new SignedReferral(body, Ed25519Keys.sign(privateKey, body), keyId);
	}

	/** An outcome, signed as referrals are: the same key, the same headers. */
	public SignedReferral sign(OutcomeDocument document) {
		byte[] body = OutcomeJson.write(document);
		return new SignedReferral(body, Ed25519Keys.sign(privateKey, body), keyId);
	}

	/** The public key partners configure for this installation: base64 of its raw 32 bytes. */
	public String publicKey() {
		return Ed25519Keys.base64(publicKey);
	}

	public String keyId() {
		return keyId;
	}

	private static Ed25519PrivateKeyParameters privateKey(@Nullable String configured) {
		String property = "openhotline.exchange.signing-key";
		if (configured == null || configured.isBlank()) {
			throw new IllegalStateException(property + " is not set: " + HOW_TO_MAKE_ONE);
		}
		try {
			return Ed25519Keys.privateKey(configured);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(property + " " + ex.getMessage() + ": " + HOW_TO_MAKE_ONE, ex);
		}
	}
}
