package org.openhotline.takedown;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A notice or referral for a case and its clock. {@code level} for host notices: 0 host,
 * 1 upstream network, 2 registrar, 3 law enforcement.
 */
public record TakedownAction(UUID id, UUID caseId, String reference, ActionKind kind, int level,
		@Nullable String recipientName, String recipientEmail, String language, @Nullable UUID partnerId, boolean open,
		int noticesSent, int noticesAtLevel, @Nullable Instant nextDueAt, String createdBy, Instant createdAt,
		@Nullable Instant closedAt, long version) {

	static final int HOST = 0;

	static final int UPSTREAM = 1;

	static final int REGISTRAR = 2;

	static final int LAW_ENFORCEMENT = 3;
}
