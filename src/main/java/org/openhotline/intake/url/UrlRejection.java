package org.openhotline.intake.url;

/** Why a pasted text is not taken as a reportable address. Each has a message key {@code url.rejected.<name>}. */
public enum UrlRejection {

	/** Nothing was pasted. */
	EMPTY,

	/** Longer than any address the system keeps. */
	TOO_LONG,

	/** A scheme other than http or https: javascript:, data:, file:, mailto:, … */
	UNSUPPORTED_SCHEME,

	/** Not an address a browser would open. */
	INVALID,

	/** A loopback, private, link-local or otherwise reserved IP address. */
	NOT_PUBLIC_ADDRESS,

	/** A name that only exists on a local network (localhost, a single label). */
	NOT_PUBLIC_HOST;

	public String messageKey() {
		return "url.rejected." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
