package org.openhotline.organisations;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.organisations.internal.ApiKey;
import org.openhotline.organisations.internal.ApiKeyRepository;
import org.openhotline.organisations.internal.KeyChecks;
import org.openhotline.organisations.internal.KeySecret;
import org.openhotline.organisations.internal.OrganisationRepository;
import org.openhotline.shared.crypto.Randoms;
import org.openhotline.shared.validation.StepRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations' API keys: issued with a secret shown once (only its hash is kept),
 * expiring, rotated with a changeover during which the old and the new key both work, revoked.
 */
@Service
public class ApiKeys {

	private final ApiKeyRepository keys;

	private final OrganisationRepository organisations;

	private final KeyChecks checks;

	private final AuditTrail audit;

	private final OrganisationsProperties properties;

	private final Clock clock;

	ApiKeys(ApiKeyRepository keys, OrganisationRepository organisations, KeyChecks checks, AuditTrail audit,
			OrganisationsProperties properties, Clock clock) {
		this.keys = keys;
		this.organisations = organisations;
		this.checks = checks;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** A new key; {@code expiresAt} null for a key that does not expire, else after now. */
	@Transactional
	public IssuedKey issue(OrganisationId organisation, Set<ApiScope> scopes, @Nullable Instant expiresAt, String actor) {
		existing(organisation);
		return issue(organisation, scopes, expiresAt, actor, "");
	}

	/**
	 * A new key with the scopes of the organisation's valid keys (the URL list when it has none);
	 * every other valid key expires at the end of the changeover, or sooner if it already did.
	 */
	@Transactional
	public IssuedKey rotate(OrganisationId organisation, String actor) {
		existing(organisation);
		Instant now = clock.instant();
		Instant deadline = now.plus(properties.keyChangeover());
		Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
		for (ApiKey key : keys.ofOrganisationForUpdate(organisation)) {
			if (key.validAt(now)) {
				scopes.addAll(key.scopes());
				keys.save(key.expireBy(deadline));
			}
		}
		if (scopes.isEmpty()) {
			scopes.add(ApiScope.URL_LIST);
		}
		IssuedKey issued = issue(organisation, scopes, null, actor, "rotation; the other keys expire by " + deadline);
		checks.forget(organisation);
		return issued;
	}

	/** Revoked at once (on this node at once, within the cache time on the others); a revoked key stays revoked. */
	@Transactional
	public void revoke(OrganisationId organisation, UUID keyId, String actor) {
		ApiKey key = keys.ofOrganisationForUpdate(organisation)
			.stream()
			.filter(k -> k.id().equals(keyId))
			.findFirst()
			.orElseThrow(() -> new StepRefused("api-key.error.unknown"));
		if (key.revokedAt() == null) {
			keys.save(key.revoke(clock.instant()));
			audit.record(actor, AuditAction.API_KEY_REVOKED, organisation.toString(), "key " + keyId + " " + key.prefix());
		}
		checks.forget(organisation);
	}

	/** Newest first. */
	public List<ApiKeyView> keysOf(OrganisationId organisation) {
		return keys.ofOrganisation(organisation).stream().map(ApiKey::view).toList();
	}

	/** The caller a secret stands for: empty for an unknown, revoked or expired key, or an inactive organisation. */
	public Optional<ApiCaller> authenticate(String secret) {
		return checks.authenticate(secret);
	}

	private IssuedKey issue(OrganisationId organisation, Set<ApiScope> scopes, @Nullable Instant expiresAt, String actor,
			String note) {
		KeySecret secret = KeySecret.generate();
		ApiKey key = ApiKey.issue(Randoms.uuid(), organisation, secret.prefix(), scopes, clock.instant(), expiresAt);
		keys.insert(key, secret.hash());
		audit.record(actor, AuditAction.API_KEY_ISSUED, organisation.toString(),
				"key " + key.id() + " " + key.prefix() + " " + scopes + (expiresAt == null ? "" : " expires " + expiresAt)
						+ (note.isEmpty() ? "" : "; " + note));
		return new IssuedKey(key.view(), secret.value());
	}

	private void existing(OrganisationId organisation) {
		if (organisations.find(organisation).isEmpty()) {
			throw new StepRefused("organisation.error.unknown");
		}
	}
}
