package org.openhotline.organisations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.openhotline.organisations.ApiCaller;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationsProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks a presented secret against the stored hashes, keeping each answer (found or not) in
 * memory for at most {@code openhotline.organisations.auth-cache}: an API request then costs
 * no database read. Expiry is checked at every request against the cached expiry; a change on
 * this node (revocation, rotation, an organisation switched off) drops the cached answers at
 * once. Keyed by the secret's hash, so no secret stays in memory.
 */
@Component
public class KeyChecks {

	/** Past this many cached answers (secrets tried at random), the cache starts again. */
	private static final int MAX_CACHED = 10_000;

	private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private record Cached(@Nullable Holder holder, Instant loadedAt) {
	}

	/** What a request needs of a key and its organisation. */
	private record Holder(ApiKey key, String organisationName, org.openhotline.organisations.ListLevel level,
			boolean active) {
	}

	private final ApiKeyRepository keys;

	private final Clock clock;

	private final Duration ttl;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	private final Map<UUID, Instant> touched = new ConcurrentHashMap<>();

	KeyChecks(ApiKeyRepository keys, Clock clock, OrganisationsProperties properties) {
		this.keys = keys;
		this.clock = clock;
		this.ttl = properties.authCache();
	}

	public Optional<ApiCaller> authenticate(String presented) {
		if (!KeySecret.wellFormed(presented)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		String hash = HexFormat.of().formatHex(KeySecret.hash(presented));
		Cached cached = cache.get(hash);
		if (cached == null || !now.isBefore(cached.loadedAt().plus(ttl)) || now.isBefore(cached.loadedAt())) {
			cached = new Cached(keys.bySecretHash(KeySecret.hash(presented))
				.map(h -> new Holder(h.key(), h.organisationName(), h.level(), h.active()))
				.orElse(null), now);
			if (cache.size() >= MAX_CACHED) {
				cache.clear();
			}
			cache.put(hash, cached);
		}
		Holder holder = cached.holder();
		if (holder == null || !holder.active() || !holder.key().validAt(now)) {
			return Optional.empty();
		}
		ApiKey key = holder.key();
		touch(key.id(), now);
		return Optional.of(new ApiCaller(key.organisation(), holder.organisationName(), holder.level(), key.scopes(), key.id()));
	}

	/**
	 * After a change to the organisation or its keys on this node: its cached answers go at once,
	 * and again when the change's transaction ends, since a request checked in between read the
	 * row as it was before the commit and cached that.
	 */
	public void forget(OrganisationId organisation) {
		drop(organisation);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					drop(organisation);
				}
			});
		}
	}

	private void drop(OrganisationId organisation) {
		cache.values().removeIf(c -> c.holder() != null && c.holder().key().organisation().equals(organisation));
	}

	private void touch(UUID key, Instant now) {
		Instant last = touched.get(key);
		if (last == null || !now.isBefore(last.plus(TOUCH_EVERY)) || now.isBefore(last)) {
			touched.put(key, now);
			keys.touch(key, now);
		}
	}
}
