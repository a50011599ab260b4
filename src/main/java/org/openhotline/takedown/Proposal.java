package org.openhotline.takedown;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One action the policy proposes for a case. {@code recipientEmail} null: nobody known to
 * write to (the analyst corrects the trace or picks a partner). {@code selected}: proposed
 * to be sent now; {@code reasonKey}: the message key that explains why. {@code example}: the
 * recipient is a seeded example contact with a reserved address, to be replaced before going live.
 */
public record Proposal(ActionKind kind, @Nullable String recipientName, @Nullable String recipientEmail,
		String language, @Nullable UUID partnerId, boolean selected, String reasonKey, boolean example) {

	/** The key the form uses for this proposal. */
	public String key() {
		return kind.name() + ":" + (partnerId != null ? partnerId : "host");
	}

	public boolean sendable() {
		return recipientEmail != null;
	}
}
