package org.openhotline.intake.url;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A reported address in the one form the system stores and compares.
 *
 * @param value the canonical URL: WHATWG-serialised, http or https, lower-case punycode host,
 * no default port, no dot segments, no fragment, no credentials; the query kept as it was
 * @param display the same address with its host in Unicode, for people to read (never a link)
 * @param host the ASCII host
 * @param registrableDomain the registrable domain by the Public Suffix List; {@code null} for
 * IP addresses and public suffixes
 */
public record CanonicalUrl(String value, String display, String host, @Nullable String registrableDomain,
		Set<UrlFlag> flags) {

	public CanonicalUrl {
		flags = Set.copyOf(flags);
	}
}
