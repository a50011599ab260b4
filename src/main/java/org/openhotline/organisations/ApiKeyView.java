package org.openhotline.organisations;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An API key as it may be shown: never its secret. {@code prefix} is the first 8 characters
 * of the secret after {@code oh_}, enough for a person to tell keys apart.
 */
public record ApiKeyView(UUID id, OrganisationId organisation, String prefix, Set<ApiScope> scopes, Instant createdAt,
		@Nullable Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

	public ApiKeyView {
		scopes = Set.copyOf(scopes);
	}

	/** Not revoked and not expired at {@code now} (the organisation's state aside). */
	public boolean validAt(Instant now) {
		return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
	}
}
