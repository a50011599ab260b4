package org.openhotline.takedown;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A case that calls for action, with the times its removal figures are made of. */
public record TakedownCase(UUID caseId, String canonicalUrl, String host, Instant firstReportedAt, Instant assessedAt,
		@Nullable Instant tracedAt, @Nullable String country, @Nullable Long asn, @Nullable Instant firstNoticeAt,
		@Nullable Instant lastCheckedAt, @Nullable Instant removedAt, @Nullable String removedBy) {

	public boolean removed() {
		return removedAt != null;
	}
}
