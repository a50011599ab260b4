package org.openhotline.organisations.web;

import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.openhotline.shared.crypto.Hmacs;
import org.openhotline.shared.crypto.Randoms;
import org.openhotline.shared.net.ClientAddresses;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The rate limiter of refused API keys: a client that presents too many is held back before
 * any key is looked up. A client is an HMAC of its address (IPv6 as its /64) with a key that
 * never leaves memory; the address itself is neither kept nor logged. The least recently seen
 * clients are dropped first.
 */
final class RefusedKeyRateLimiter {

	private static final int MAX_CLIENTS = 10_000;

	private final int perSecond;

	private final TimeMeter time;

	private final SecretKeySpec clientKey = new SecretKeySpec(Randoms.current().generateSeed(32), "HmacSHA256");

	private final Map<String, Bucket> clients = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_CLIENTS;
		}
	});

	RefusedKeyRateLimiter(int perSecond, TimeMeter time) {
		this.perSecond = perSecond;
		this.time = time;
	}

	/** Whether the client has presented as many refused keys as it may for now. */
	boolean holdsBack(HttpServletRequest request) {
		return bucketOf(request).getAvailableTokens() <= 0;
	}

	/** The client presented a refused key. */
	void refused(HttpServletRequest request) {
		bucketOf(request).tryConsume(1);
	}

	private Bucket bucketOf(HttpServletRequest request) {
		String client = HexFormat.of().formatHex(Hmacs.hmac(clientKey, ClientAddresses.clientOf(request.getRemoteAddr())));
		return clients.computeIfAbsent(client, c -> Bucket.builder()
			.withCustomTimePrecision(time)
			.addLimit(limit -> limit.capacity(2L * perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
			.build());
	}
}
