package org.openhotline.blocklist;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One item of the list as members receive it: a distinct expression and its hash.
 *
 * @param sha256 SHA-256 of the expression, lower-case hex
 * @param expression what was hashed: {@code host/path?query} for an address, the host alone for a host
 * @param url the canonical URL of a URL-level item; {@code null} for a host-level item
 * @param host the ASCII host the item is on
 * @param addedAt when the item went on the list
 * @param version the list version that added it
 */
public record ListItem(String sha256, String expression, Scope scope, Category category, @Nullable String url,
		String host, Instant addedAt, long version) {
}
