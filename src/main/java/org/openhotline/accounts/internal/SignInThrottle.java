package org.openhotline.accounts.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.openhotline.accounts.AccountsProperties;
import org.openhotline.shared.crypto.Hmacs;
import org.openhotline.shared.net.ClientAddresses;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts sign-in steps per client address (an IPv6 client as its /64) and per user name
 * before any hashing, so that a flood costs no Argon2 and no database connection. Addresses
 * and typed names are kept only as HMACs under a key that exists in this node's memory
 * alone and is replaced (with every counter) each {@code keyRotation}: nothing here leads
 * back to an address or reaches the disk. It also keeps the failures of unknown user names, so that they wait exactly as an
 * account does and give nothing away.
 */
@Component
public class SignInThrottle {

	// past this many counters, ended windows are dropped (a flood of made-up names)
	private static final int PRUNE_ABOVE = 50_000;

	private final AccountsProperties.Throttle limits;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private volatile Keyed current;

	private record Keyed(SecretKeySpec key, Map<String, Window> clients, Map<String, Window> names,
			Map<String, Phantom> unknown) {
	}

	private record Window(Instant start, int count) {
	}

	/** The failures of an unknown user name, as an account would keep them. */
	private record Phantom(int failures, @Nullable Instant lockedUntil) {
	}

	SignInThrottle(AccountsProperties properties, Clock clock) {
		this.limits = properties.throttle();
		this.clock = clock;
		this.current = newKey();
	}

	@Scheduled(fixedDelayString = "${openhotline.accounts.throttle.key-rotation:1h}",
			initialDelayString = "${openhotline.accounts.throttle.key-rotation:1h}")
	void rotate() {
		current = newKey();
	}

	private Keyed newKey() {
		byte[] key = new byte[32];
		random.nextBytes(key);
		return new Keyed(new SecretKeySpec(key, "HmacSHA256"), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
				new ConcurrentHashMap<>());
	}

	/**
	 * Counts one step of this client for this (normalised) user name.
	 * @return empty when the step may go on; otherwise when the client may try again
	 */
	public Optional<Instant> admit(String clientAddress, String username) {
		Keyed keyed = current;
		Instant now = clock.instant();
		Optional<Instant> client = count(keyed.clients(), hmac(keyed, "client|" + ClientAddresses.clientOf(clientAddress)), limits.perClient(), now);
		if (client.isPresent()) {
			return client;
		}
		return count(keyed.names(), hmac(keyed, "name|" + username), limits.perAccount(), now);
	}

	private Optional<Instant> count(Map<String, Window> windows, String key, int limit, Instant now) {
		if (windows.size() > PRUNE_ABOVE) {
			windows.values().removeIf(w -> !now.isBefore(w.start().plus(limits.window())));
		}
		Window window = windows.compute(key, (k, w) -> w == null || !now.isBefore(w.start().plus(limits.window()))
				? new Window(now, 1) : new Window(w.start(), w.count() + 1));
		return window.count() > limit ? Optional.of(window.start().plus(limits.window())) : Optional.empty();
	}

	/**
	 * Counts an attempt on an unknown user name exactly as {@link AccountRepository#reserveAttempt}
	 * does on an account, so that both answer alike (in this node's memory, for one key rotation).
	 */
	public Attempt reserveUnknown(String username, Instant now, IntFunction<@Nullable Instant> lockAfter) {
		Keyed keyed = current;
		if (keyed.unknown().size() > PRUNE_ABOVE) {
			keyed.unknown().values().removeIf(p -> p.lockedUntil() == null || !p.lockedUntil().isAfter(now));
		}
		Attempt[] attempt = new Attempt[1];
		keyed.unknown().compute(hmac(keyed, "unknown|" + username), (k, p) -> {
			Phantom phantom = p == null ? new Phantom(0, null) : p;
			if (phantom.lockedUntil() != null && phantom.lockedUntil().isAfter(now)) {
				attempt[0] = Attempt.waiting(phantom.lockedUntil());
				return phantom;
			}
			int failures = phantom.failures() + 1;
			Instant until = lockAfter.apply(failures);
			attempt[0] = Attempt.admitted(failures, until);
			return new Phantom(failures, until);
		});
		return attempt[0];
	}

	private static String hmac(Keyed keyed, String value) {
		return Base64.getEncoder().encodeToString(Hmacs.hmac(keyed.key(), value));
	}
}
