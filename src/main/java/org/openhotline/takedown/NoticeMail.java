package org.openhotline.takedown;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A mail of the outbox as the pages show it (the body stays in the outbox). */
public record NoticeMail(UUID id, UUID actionId, String kind, String recipientEmail, String subject, String status,
		int attempts, @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {
}
