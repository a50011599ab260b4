package org.openhotline.reportapi.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.openhotline.shared.crypto.Randoms;

/**
 * The Standard Webhooks signature (https://www.standardwebhooks.com/): HMAC-SHA256 under the
 * secret's bytes of {@code id.timestamp.body}, sent as {@code v1,<base64>}; the secret is shown
 * as {@code whsec_<base64 of its bytes>}.
 */
public final class WebhookSigner {

	public static final String SECRET_PREFIX = "whsec_";

	public static final int SECRET_BYTES = 32;

	private WebhookSigner() {
	}

	public static byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		Randoms.current().nextBytes(secret);
		return secret;
	}

	public static String shown(byte[] secret) {
		return SECRET_PREFIX + Base64.getEncoder().encodeToString(secret);
	}

	/** The value of the {@code webhook-signature} header. */
	public static String signature(byte[] secret, String messageId, long timestampSeconds, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			mac.update((messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}
}
