package org.openhotline.accounts.internal;

import java.util.Locale;

/** One-time recovery codes: 10 characters of Crockford base 32 ({@code Randoms.code}, 50 bits), shown as two groups of five. */
public final class RecoveryCodes {

	public static final int LENGTH = 10;

	public static final int PER_ACCOUNT = 10;

	private RecoveryCodes() {
	}

	/** What a person typed, as stored: upper case, no spaces or dashes, the letters people confuse mapped. */
	public static String normalise(String typed) {
		return typed.replaceAll("[\\s-]", "")
			.toUpperCase(Locale.ROOT)
			.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1');
	}

	public static String grouped(String code) {
		return code.substring(0, 5) + "-" + code.substring(5);
	}
}
