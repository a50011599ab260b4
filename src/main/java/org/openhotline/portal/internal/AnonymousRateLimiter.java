package org.openhotline.portal.internal;

import java.io.IOException;
import java.io.Serial;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.crypto.Hmacs;
import org.openhotline.shared.net.ClientAddresses;
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
 * <p>
 * A client's own counter is asked before the node's, so a client over its limit does not
 * spend the budget of everyone else. Counters exist only for live portals, an IPv6 client
 * counts as its /64 (one machine usually holds a whole /64), and at most
 * {@code maxClients} counters are kept: the least recently used one goes first.
 */
class AnonymousRateLimiter extends OncePerRequestFilter {

	private final RateLimitProperties properties;

	private final LivePortals livePortals;

	private final SecureRandom random = new SecureRandom();

	private final Bucket global;

	private volatile Keyed current;

	private record Keyed(SecretKeySpec key, Map<String, Bucket> buckets) {
	}

	/** A public form: the portal slug and {@code report} or {@code status}. */
	record Form(String slug, String name) {
	}

	AnonymousRateLimiter(RateLimitProperties properties, LivePortals livePortals) {
		this.properties = properties;
		this.livePortals = livePortals;
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
		return new Keyed(new SecretKeySpec(key, "HmacSHA256"),
				Collections.synchronizedMap(new LeastRecentlyUsed(properties.maxClients())));
	}

	/** How many client counters this node holds now. */
	int clients() {
		return current.buckets().size();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !properties.enabled() || !"POST".equalsIgnoreCase(request.getMethod()) || formOf(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Form form = formOf(request);
		if (form == null || !livePortals.isLive(form.slug())) {
			// no counter for a portal that does not take reports: its page answers 404 on its own
			chain.doFilter(request, response);
			return;
		}
		int perClient = form.name().equals("report") ? properties.reportsPerClient() : properties.statusLookupsPerClient();
		Keyed keyed = current;
		String clientKey = hmac(keyed.key(), form.slug() + "|" + form.name() + "|" + ClientAddresses.clientOf(request.getRemoteAddr()));
		Bucket bucket = keyed.buckets()
			.computeIfAbsent(clientKey, k -> Bucket.builder()
				.addLimit(limit -> limit.capacity(perClient).refillGreedy(perClient, properties.window()))
				.build());
		if (!bucket.tryConsume(1)) {
			refuse(response);
			return;
		}
		if (!global.tryConsume(1)) {
			bucket.addTokens(1);
			refuse(response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", "60");
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	/**
	 * The form of POST /{portal}/{language}/report or /status, read from the path as the
	 * server decoded and normalised it (no {@code %72}, no {@code ;param}, no empty
	 * segment), in lower case: any spelling the handler could take is counted.
	 */
	static @Nullable Form formOf(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		String path = (request.getServletPath() + (pathInfo == null ? "" : pathInfo)).toLowerCase(Locale.ROOT);
		String[] segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
		if (segments.length == 3 && (segments[2].equals("report") || segments[2].equals("status"))) {
			return new Form(segments[0], segments[2]);
		}
		return null;
	}

	private static String hmac(SecretKeySpec key, String value) {
		return Base64.getEncoder().encodeToString(Hmacs.hmac(key, value));
	}

	/** Counters in access order, the least recently used dropped past the bound. */
	private static final class LeastRecentlyUsed extends LinkedHashMap<String, Bucket> {

		@Serial
		private static final long serialVersionUID = 1L;

		private final int max;

		LeastRecentlyUsed(int max) {
			super(1024, 0.75f, true);
			this.max = max;
		}

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > max;
		}
	}

}
