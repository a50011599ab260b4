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

	/** A new action with its first notice sent, due again at {@code due}. */
	static TakedownAction first(UUID id, UUID caseId, String reference, Proposal proposal, Instant due, String by,
			Instant at) {
		return new TakedownAction(id, caseId, reference, proposal.kind(), HOST, proposal.recipientName(),
				proposal.recipientEmail(), proposal.language(), proposal.partnerId(), true, 1, 1, due, by, at, null, 0);
	}

	/** The same recipient notified once more. */
	TakedownAction notifiedAgain(Instant due) {
		return new TakedownAction(id, caseId, reference, kind, level, recipientName, recipientEmail, language, partnerId,
				true, noticesSent + 1, noticesAtLevel + 1, due, createdBy, createdAt, null, version);
	}

	/** The next level up notified for the first time. */
	TakedownAction escalatedTo(int newLevel, @Nullable String name, String email, String newLanguage,
			@Nullable UUID partner, Instant due) {
		return new TakedownAction(id, caseId, reference, kind, newLevel, name, email, newLanguage, partner, true,
				noticesSent + 1, 1, due, createdBy, createdAt, null, version);
	}

	/** Nothing sent, only the next reminder set. */
	TakedownAction dueAgain(Instant due) {
		return new TakedownAction(id, caseId, reference, kind, level, recipientName, recipientEmail, language, partnerId,
				true, noticesSent, noticesAtLevel, due, createdBy, createdAt, null, version);
	}

	/** The clock stopped: the content is gone. */
	TakedownAction closed(Instant at) {
		return new TakedownAction(id, caseId, reference, kind, level, recipientName, recipientEmail, language, partnerId,
				false, noticesSent, noticesAtLevel, null, createdBy, createdAt, at, version);
	}
}
