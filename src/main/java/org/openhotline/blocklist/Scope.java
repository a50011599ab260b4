package org.openhotline.blocklist;

/** How much of a site an entry blocks. */
public enum Scope {
	/** the one address (its URL expression) */
	URL,
	/** the whole host and every name below it: a site that exists for this content */
	HOST;

	/** As it appears in the API: {@code url}, {@code host}. */
	public String wireName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
