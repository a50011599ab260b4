package org.openhotline.intake.url;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The registrable domain of a host by the Public Suffix List algorithm
 * (https://publicsuffix.org/list/). The list is the copy shipped in crawler-commons, which
 * follows upstream releases; rules are matched on their ASCII (punycode) form so that a
 * host in Unicode and in punycode give the same answer.
 */
public final class PublicSuffixList {

	static final String RESOURCE = "/effective_tld_names.dat";

	private final Set<String> rules = new HashSet<>();

	private final Set<String> wildcards = new HashSet<>();

	private final Set<String> exceptions = new HashSet<>();

	private PublicSuffixList(InputStream data) throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String rule = line.strip();
				int space = rule.indexOf(' ');
				if (space > 0) {
					rule = rule.substring(0, space);
				}
				if (rule.isEmpty() || rule.startsWith("//")) {
					continue;
				}
				if (rule.startsWith("!")) {
					exceptions.add(toAscii(rule.substring(1)));
				}
				else if (rule.startsWith("*.")) {
					wildcards.add(toAscii(rule.substring(2)));
				}
				else {
					rules.add(toAscii(rule));
				}
			}
		}
	}

	public static PublicSuffixList bundled() {
		try (InputStream data = PublicSuffixList.class.getResourceAsStream(RESOURCE)) {
			if (data == null) {
				throw new IllegalStateException("The public suffix list " + RESOURCE + " is not on the class path");
			}
			return new PublicSuffixList(data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The registrable domain (public suffix plus one label) in the form it was given, lower
	 * case; {@code null} where the host is itself a public suffix or not a domain name.
	 */
	public @Nullable String registrableDomain(@Nullable String host) {
		if (host == null || host.isEmpty() || host.startsWith(".")) {
			return null;
		}
		String domain = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
		String[] labels = domain.toLowerCase(Locale.ROOT).split("\\.", -1);
		String[] ascii = new String[labels.length];
		for (int i = 0; i < labels.length; i++) {
			if (labels[i].isEmpty()) {
				return null;
			}
			ascii[i] = toAscii(labels[i]);
			if (ascii[i] == null) {
				return null;
			}
		}
		int suffixLabels = publicSuffixLength(ascii);
		if (suffixLabels >= labels.length) {
			return null;
		}
		return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - suffixLabels - 1, labels.length));
	}

	private int publicSuffixLength(String[] labels) {
		int longest = 1; // the implicit rule "*"
		for (int start = labels.length - 1; start >= 0; start--) {
			String candidate = String.join(".", java.util.Arrays.copyOfRange(labels, start, labels.length));
			int length = labels.length - start;
			if (exceptions.contains(candidate)) {
				return length - 1;
			}
			if (rules.contains(candidate)) {
				longest = Math.max(longest, length);
			}
			if (start > 0 && wildcards.contains(candidate)) {
				longest = Math.max(longest, length + 1);
			}
		}
		return longest;
	}

	private static @Nullable String toAscii(String domain) {
		try {
			return HostParser.domainToAscii(domain);
		}
		catch (UrlParseException ex) {
			return null;
		}
	}
}
