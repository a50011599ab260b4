package org.openhotline.accounts;

import org.openhotline.accounts.internal.Totp;
import java.io.ByteArrayOutputStream;
import java.time.Instant;

/** What a person's authenticator app does, for tests: reads the key shown at enrolment and shows codes. */
public final class AuthenticatorApp {

	private final byte[] secret;

	private AuthenticatorApp(byte[] secret) {
		this.secret = secret;
	}

	/** The app set up with the key as the enrolment page shows it (base 32, in groups). */
	public static AuthenticatorApp withKey(String shownKey) {
		return new AuthenticatorApp(base32(shownKey));
	}

	static AuthenticatorApp withSecret(byte[] secret) {
		return new AuthenticatorApp(secret.clone());
	}

	public String codeAt(Instant time) {
		return new Totp().code(secret, time);
	}

	byte[] secret() {
		return secret.clone();
	}

	private static byte[] base32(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : text.replace(" ", "").toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}
}
