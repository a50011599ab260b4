package org.openhotline.audit;

import java.time.Instant;

/** One entry of the trail, as stored. {@code action} is kept as text so that the verifier can read any row. */
public record AuditEntry(long sequence, Instant occurredAt, String actor, String action, String target,
		String details) {
}
