package org.openhotline.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 helpers; one secret is split into independent keys per purpose. */
public final class Hmacs {

	private Hmacs() {
	}

	public static byte[] derive(byte[] secret, String purpose) {
		return hmac(new SecretKeySpec(secret, "HmacSHA256"), "openhotline/" + purpose);
	}

	public static byte[] hmac(SecretKeySpec key, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}
}
