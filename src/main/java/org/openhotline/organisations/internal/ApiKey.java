package org.openhotline.organisations.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.organisations.ApiKeyView;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.shared.validation.StepRefused;

/** An API key of an organisation: valid until it expires or is revoked, whichever comes first. */
public record ApiKey(UUID id, OrganisationId organisation, String prefix, Set<ApiScope> scopes, Instant createdAt,
		@Nullable Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

	public ApiKey {
		scopes = Set.copyOf(scopes);
	}

	/** A new key; an expiry not after {@code now} is refused. */
	public static ApiKey issue(UUID id, OrganisationId organisation, String prefix, Set<ApiScope> scopes, Instant now,
			@Nullable Instant expiresAt) {
		if (scopes.isEmpty()) {
			throw StepRefused.field("scopes", "api-key.error.scopes");
		}
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw StepRefused.field("expiresAt", "api-key.error.expiry");
		}
		return new ApiKey(id, organisation, prefix, scopes, now, expiresAt, null, null);
	}

	public boolean validAt(Instant now) {
		return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
	}

	/** Revoked at {@code now}; a key already revoked keeps its first revocation time. */
	public ApiKey revoke(Instant now) {
		return revokedAt != null ? this : new ApiKey(id, organisation, prefix, scopes, createdAt, expiresAt, now, lastUsedAt);
	}

	/** For a rotation: a valid key expires at {@code deadline} at the latest; an earlier expiry stays. */
	public ApiKey expireBy(Instant deadline) {
		if (revokedAt != null || expiresAt != null && !expiresAt.isAfter(deadline)) {
			return this;
		}
		return new ApiKey(id, organisation, prefix, scopes, createdAt, deadline, revokedAt, lastUsedAt);
	}

	public ApiKeyView view() {
		return new ApiKeyView(id, organisation, prefix, scopes, createdAt, expiresAt, revokedAt, lastUsedAt);
	}
}
