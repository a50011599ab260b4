package org.openhotline.intake;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The reference a reporter and the hotline use to speak of one report, e.g.
 * {@code ML-7KQ2-9XDF-3M4P}: the portal's slug and 60 random bits, so that references
 * cannot be guessed in sequence.
 */
public record ReportReference(String value) {

	private static final Pattern FORMAT = Pattern.compile("^[A-Z0-9]{2,12}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$");

	/** Crockford's base 32: no I, L, O or U, so that it reads aloud without confusion. */
	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	public ReportReference {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a report reference: " + value);
		}
	}

	static ReportReference random(String portalSlug, SecureRandom random) {
		StringBuilder out = new StringBuilder(portalSlug.replace("-", "").toUpperCase(Locale.ROOT));
		for (int group = 0; group < 3; group++) {
			out.append('-');
			for (int i = 0; i < 4; i++) {
				out.append(ALPHABET[random.nextInt(ALPHABET.length)]);
			}
		}
		return new ReportReference(out.toString());
	}
}
