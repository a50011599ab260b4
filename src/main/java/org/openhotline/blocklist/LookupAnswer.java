package org.openhotline.blocklist;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a lookup found, at the version the node's index held.
 *
 * @param unreadable the positions (from 0) of what could not be read as a hash or an address
 */
public record LookupAnswer(long version, List<Match> matches, List<Integer> unreadable) {

	/**
	 * @param position where in the request the hash or address was (from 0)
	 * @param url the address as it was sent, for a lookup by address
	 * @param expression the expression of that address that matched, for a lookup by address
	 */
	public record Match(int position, String sha256, Scope scope, Category category, @Nullable String url,
			@Nullable String expression) {
	}
}
