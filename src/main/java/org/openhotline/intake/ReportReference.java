package org.openhotline.intake;

import java.util.Locale;
import java.util.regex.Pattern;

import org.openhotline.shared.crypto.Randoms;

/**
 * The reference a reporter and the hotline use to speak of one report, e.g.
 * {@code ML-7KQ2-9XDF-3M4P}: the portal's slug and 60 random bits, so that references
 * cannot be guessed in sequence.
 */
public record ReportReference(String value) {

	private static final Pattern FORMAT = Pattern.compile("^[A-Z0-9]{2,12}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$");

	public ReportReference {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a report reference: " + value);
		}
	}

	static ReportReference random(String portalSlug) {
		StringBuilder out = new StringBuilder(portalSlug.replace("-", "").toUpperCase(Locale.ROOT));
		for (int group = 0; group < 3; group++) {
			out.append('-').append(Randoms.code(4));
		}
		return new ReportReference(out.toString());
	}
}
