package org.openhotline.organisations.web;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.openhotline.organisations.ApiCaller;
import org.openhotline.organisations.ApiKeys;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.OrganisationId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads {@code Authorization: Bearer <key>}, makes the caller the request's principal with its
 * authorities ({@code SCOPE_url-list}, {@code LEVEL_URLS} or {@code LEVEL_HASHES}), and counts
 * the request against its organisation's limit on this node. A request without a valid key
 * goes on unauthenticated: the open paths answer it, the others answer 401.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	private final ApiKeys keys;

	private final int perSecond;

	private final TimeMeter time;

	private final Map<OrganisationId, Bucket> buckets = new ConcurrentHashMap<>();

	private final RefusedKeyRateLimiter refusals;

	ApiKeyFilter(ApiKeys keys, int perSecond, int refusedPerSecond, Clock clock) {
		this.keys = keys;
		this.perSecond = perSecond;
		// the app's clock, so that a test can hold time still
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				var now = clock.instant();
				return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
		this.refusals = new RefusedKeyRateLimiter(refusedPerSecond, time);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		if (refusals.holdsBack(request)) {
			ApiChainProblems.tooManyRequests(response, 1);
			return;
		}
		Optional<ApiCaller> caller = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
				? keys.authenticate(header.substring(BEARER.length()).strip()) : Optional.empty();
		if (caller.isEmpty()) {
			refusals.refused(request);
			request.setAttribute(ApiChainProblems.REFUSED_KEY, Boolean.TRUE);
			chain.doFilter(request, response);
			return;
		}
		ConsumptionProbe probe = bucketOf(caller.get().organisation()).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
			ApiChainProblems.tooManyRequests(response, seconds);
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new PreAuthenticatedAuthenticationToken(caller.get(), "", authorities(caller.get())));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static List<GrantedAuthority> authorities(ApiCaller caller) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		caller.scopes().stream().map(ApiScope::wireName).sorted().forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
		authorities.add(new SimpleGrantedAuthority("LEVEL_" + caller.level().name()));
		return authorities;
	}

	private Bucket bucketOf(OrganisationId organisation) {
		return buckets.computeIfAbsent(organisation, o -> Bucket.builder()
			.withCustomTimePrecision(time)
			.addLimit(limit -> limit.capacity(2L * perSecond).refillGreedy(perSecond, java.time.Duration.ofSeconds(1)))
			.build());
	}
}
