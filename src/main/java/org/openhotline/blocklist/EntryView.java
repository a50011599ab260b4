package org.openhotline.blocklist;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A case's entry on the URL list, for the back office.
 *
 * @param status {@code LISTED}, {@code REMOVED} (content gone) or {@code WITHDRAWN} (taken off by an analyst)
 * @param expression what the entry puts on the list, and {@code sha256} its hash
 */
public record EntryView(UUID caseId, String url, String host, Scope scope, Category category, String status,
		Instant assessedAt, Instant listedAt, @Nullable Instant endedAt, @Nullable String endReason,
		@Nullable String endedBy, String expression, String sha256) {

	public boolean listed() {
		return "LISTED".equals(status);
	}
}
