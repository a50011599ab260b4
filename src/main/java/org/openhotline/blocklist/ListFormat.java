package org.openhotline.blocklist;

import java.util.Locale;
import java.util.Optional;

/** The forms the whole list is served in ({@code ?format=}). */
public enum ListFormat {
	/** the items with every field, and the manifest */
	JSON("application/json", false),
	/** RFC 4180, one item per row */
	CSV("text/csv", true),
	/** one canonical URL per line (URL-level items), for proxies */
	TEXT("text/plain", true),
	/** one hash per line */
	SHA256("text/plain", false),
	/** an RPZ zone of the host-level items, for DNS resolvers */
	RPZ("text/dns", true);

	private final String mediaType;

	private final boolean holdsAddresses;

	ListFormat(String mediaType, boolean holdsAddresses) {
		this.mediaType = mediaType;
		this.holdsAddresses = holdsAddresses;
	}

	public String mediaType() {
		return mediaType;
	}

	/** Whether the format shows addresses or hosts, which members at the hashes-only level never get. */
	public boolean holdsAddresses() {
		return holdsAddresses;
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ListFormat> fromWireName(String name) {
		for (ListFormat format : values()) {
			if (format.wireName().equals(name)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}
}
