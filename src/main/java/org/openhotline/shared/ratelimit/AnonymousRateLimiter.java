package org.openhotline.shared.ratelimit;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.spec.SecretKeySpec;

import org.openhotline.shared.crypto.Hmacs;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Spam defence for the public forms without storing who sent what: the client address is
 * turned into an HMAC with a key that exists only in memory and is replaced (with all
 * counters) every rotation period, so no address, and nothing that leads back to one,
 * is ever on disk or in a log. This is the only class that reads the client address.
 */
class AnonymousRateLimiter extends OncePerRequestFilter {

	private final RateLimitProperties properties;

	private final SecureRandom random = new SecureRandom();

	private final Bucket global;

	private volatile Keyed current;

	private record Keyed(SecretKeySpec key, Map<String, Bucket> buckets) {
	}

	AnonymousRateLimiter(RateLimitProperties properties) {
		this.properties = properties;
		this.global = Bucket.builder()
			.addLimit(limit -> limit.capacity(properties.globalPerSecond())
				.refillGreedy(properties.globalPerSecond(), Duration.ofSeconds(1)))
			.build();
		this.current = newKey();
	}

	@Scheduled(fixedDelayString = "${openhotline.rate-limit.key-rotation:PT1H}",
			initialDelayString = "${openhotline.rate-limit.key-rotation:PT1H}")
	void rotate() {
		current = newKey();
	}

	private Keyed newKey() {
		byte[] key = new byte[32];
		random.nextBytes(key);
		return new Keyed(new SecretKeySpec(key, "HmacSHA256"), new ConcurrentHashMap<>());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !properties.enabled() || !"POST".equals(request.getMethod()) || formOf(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String[] form = formOf(request);
		int perClient = form[1].equals("report") ? properties.reportsPerClient() : properties.statusLookupsPerClient();
		Keyed keyed = current;
		String clientKey = hmac(keyed.key(), form[0] + "|" + form[1] + "|" + request.getRemoteAddr());
		Bucket bucket = keyed.buckets()
			.computeIfAbsent(clientKey, k -> Bucket.builder()
				.addLimit(limit -> limit.capacity(perClient).refillGreedy(perClient, properties.window()))
				.build());
		if (!global.tryConsume(1) || !bucket.tryConsume(1)) {
			response.setHeader("Retry-After", "60");
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
	}

	/** {portal, form} for POST /{portal}/{language}/report and /status; otherwise null. */
	private static String[] formOf(HttpServletRequest request) {
		String[] segments = request.getRequestURI().split("/");
		if (segments.length == 4 && (segments[3].equals("report") || segments[3].equals("status"))) {
			return new String[] { segments[1], segments[3] };
		}
		return null;
	}

	private static String hmac(SecretKeySpec key, String value) {
		return Base64.getEncoder().encodeToString(Hmacs.hmac(key, value));
	}

}
