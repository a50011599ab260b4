package org.openhotline.takedown;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A notice or referral for a case and its clock, as it stands. {@code level}: who a host
 * notice is now addressed to (a referral stays at {@link EscalationLevel#HOST}).
 */
public record TakedownAction(UUID id, UUID caseId, String reference, ActionKind kind, EscalationLevel level,
		@Nullable String recipientName, String recipientEmail, String language, @Nullable UUID partnerId, boolean open,
		int noticesSent, int noticesAtLevel, @Nullable Instant nextDueAt, String createdBy, Instant createdAt,
		@Nullable Instant closedAt, long version) {
}
