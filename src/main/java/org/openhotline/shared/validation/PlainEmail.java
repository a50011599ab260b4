package org.openhotline.shared.validation;

import java.util.regex.Pattern;

/**
 * An email address that can go into a mail header as it is: one {@code @}, no spaces,
 * control characters, brackets, commas or quotes (so no second recipient and no header
 * injection), a dot in the domain, at most 254 characters. Deliberately plainer than RFC 5322.
 */
public final class PlainEmail {

	private static final Pattern PLAIN = Pattern
		.compile("[^\\s@\\p{Cntrl}<>,;\"]{1,64}@[^\\s@\\p{Cntrl}<>,;\"]{1,189}\\.[A-Za-z0-9-]{2,63}");

	private PlainEmail() {
	}

	public static boolean isPlain(String address) {
		return address.length() <= 254 && PLAIN.matcher(address).matches();
	}
}
