package org.openhotline.intake.url;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import crawlercommons.domains.EffectiveTldFinder;

/**
 * The registrable domain of a host by the Public Suffix List algorithm
 * (https://publicsuffix.org/list/), as crawler-commons' {@link EffectiveTldFinder} computes
 * it from the copy of the list it ships (which follows upstream releases), private rules
 * included; a host in Unicode and in punycode give the same answer.
 */
public final class PublicSuffixList {

	private PublicSuffixList() {
	}

	public static PublicSuffixList bundled() {
		if (!EffectiveTldFinder.getInstance().isConfigured()) {
			throw new IllegalStateException("crawler-commons did not load its public suffix list");
		}
		return new PublicSuffixList();
	}

	/**
	 * The registrable domain (public suffix plus one label) in the form it was given, lower
	 * case; {@code null} where the host is itself a public suffix or not a domain name.
	 */
	public @Nullable String registrableDomain(@Nullable String host) {
		if (host == null || host.isEmpty() || host.startsWith(".")) {
			return null;
		}
		String domain = (host.endsWith(".") ? host.substring(0, host.length() - 1) : host).toLowerCase(Locale.ROOT);
		String[] labels = domain.split("\\.", -1);
		for (String label : labels) {
			if (label.isEmpty()) {
				return null;
			}
		}
		String assigned = EffectiveTldFinder.getAssignedDomain(domain, true, false);
		if (assigned != null) {
			return assigned;
		}
		// The one case the library answers differently: a host under a top-level domain that is
		// not on the list. Its strict mode gives no domain at all, its lenient mode gives the
		// whole host, but the algorithm's implicit rule "*" makes that top-level domain the
		// public suffix ("b.example.example" -> "example.example").
		if (labels.length >= 2 && EffectiveTldFinder.getEffectiveTLD(domain, false) == null) {
			return labels[labels.length - 2] + "." + labels[labels.length - 1];
		}
		return null;
	}
}
