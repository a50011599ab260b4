package org.openhotline.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which entries the audit page shows: by the person who acted (their user name, as stored), the
 * action, and a time range ({@code from} included, {@code until} excluded); null means any.
 */
public record AuditQuery(@Nullable String actor, @Nullable AuditAction action, @Nullable Instant from,
		@Nullable Instant until) {

	public static final AuditQuery EVERYTHING = new AuditQuery(null, null, null, null);
}
