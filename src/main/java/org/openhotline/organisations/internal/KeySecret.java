package org.openhotline.organisations.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.openhotline.shared.crypto.Randoms;

/**
 * An API key's secret: {@code oh_} and 43 characters of base64url (32 random bytes). Only its
 * SHA-256 and its prefix are stored; a key of 256 random bits needs no slow hash.
 */
public final class KeySecret {

	static final String MARK = "oh_";

	static final int LENGTH = MARK.length() + 43;

	private final String secret;

	private KeySecret(String secret) {
		this.secret = secret;
	}

	public static KeySecret generate() {
		byte[] bytes = new byte[32];
		Randoms.current().nextBytes(bytes);
		return new KeySecret(MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** Whether a presented value has the shape of a secret at all (nothing else is looked up). */
	public static boolean wellFormed(String presented) {
		if (presented.length() != LENGTH || !presented.startsWith(MARK)) {
			return false;
		}
		for (int i = MARK.length(); i < LENGTH; i++) {
			char c = presented.charAt(i);
			if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
				return false;
			}
		}
		return true;
	}

	/** SHA-256 of the whole secret's UTF-8 bytes, as stored. */
	public static byte[] hash(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public String value() {
		return secret;
	}

	/** The first 8 characters after {@code oh_}. */
	public String prefix() {
		return secret.substring(MARK.length(), MARK.length() + 8);
	}

	public byte[] hash() {
		return hash(secret);
	}

	@Override
	public String toString() {
		return MARK + prefix() + "…";
	}
}
