package org.openhotline.takedown.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.takedown.EscalationLevel;

/** Somebody a host notice can escalate to, at {@code level}. */
public record Recipient(EscalationLevel level, @Nullable String name, String email, String language,
		@Nullable UUID partnerId) {
}
