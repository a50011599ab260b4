package org.openhotline.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The limiter's decisions, without a server: whose counter is asked first, how clients are keyed, how many are kept. */
class AnonymousRateLimiterTests {

	private static final LivePortals ONLY_ML = Set.of("ml")::contains;

	@Test
	void aClientOverItsLimitDoesNotSpendTheNodesBudget() throws Exception {
		AnonymousRateLimiter limiter = new AnonymousRateLimiter(properties(1, 5, 1000), ONLY_ML);

		assertThat(post(limiter, "/ml/fr/report", "192.0.2.1")).isEqualTo(200);
		for (int i = 0; i < 50; i++) {
			assertThat(post(limiter, "/ml/fr/report", "192.0.2.1")).isEqualTo(429);
			assertThat(post(limiter, "/no-such-portal/fr/report", "192.0.2.1")).as("no counter, no budget")
				.isEqualTo(200);
		}

		for (int client = 2; client <= 5; client++) {
			assertThat(post(limiter, "/ml/fr/report", "192.0.2." + client)).as("client %s", client).isEqualTo(200);
		}
	}

	@Test
	void anIpv6ClientCountsAsItsSlash64() throws Exception {
		AnonymousRateLimiter limiter = new AnonymousRateLimiter(properties(2, 1000, 1000), ONLY_ML);

		assertThat(post(limiter, "/ml/fr/report", "2001:db8:0:1::1")).isEqualTo(200);
		assertThat(post(limiter, "/ml/fr/report", "2001:db8:0:1:ffff:ffff:ffff:fffe")).isEqualTo(200);
		assertThat(post(limiter, "/ml/fr/report", "2001:0db8:0000:0001:0:0:0:42")).as("same /64, another spelling")
			.isEqualTo(429);
		assertThat(post(limiter, "/ml/fr/report", "2001:db8:0:2::1")).as("the next /64").isEqualTo(200);
		assertThat(limiter.clients()).isEqualTo(2);
	}

	@Test
	void countersAreKeptOnlyForLivePortalsAndUpToTheBound() throws Exception {
		AnonymousRateLimiter limiter = new AnonymousRateLimiter(properties(1, 100_000, 3), ONLY_ML);

		for (int i = 0; i < 100; i++) {
			post(limiter, "/made-up-" + i + "/fr/report", "192.0.2.1");
			post(limiter, "/ml/fr/report", "2001:db8:" + i + "::1");
		}
		assertThat(limiter.clients()).isEqualTo(3);

		assertThat(post(limiter, "/ml/fr/report", "2001:db8:99::1")).as("a recent client keeps its counter")
			.isEqualTo(429);
		assertThat(post(limiter, "/ml/fr/report", "2001:db8:0::1")).as("the oldest was dropped").isEqualTo(200);
		assertThat(limiter.clients()).isEqualTo(3);
	}

	@Test
	void thePathIsReadAsTheServerDecodedIt() {
		assertThat(AnonymousRateLimiter.formOf(request("/ml/fr/report"))).isEqualTo(new AnonymousRateLimiter.Form("ml", "report"));
		assertThat(AnonymousRateLimiter.formOf(request("//ml//fr/report/"))).isEqualTo(new AnonymousRateLimiter.Form("ml", "report"));
		assertThat(AnonymousRateLimiter.formOf(request("/ML/fr/STATUS"))).isEqualTo(new AnonymousRateLimiter.Form("ml", "status"));
		assertThat(AnonymousRateLimiter.formOf(request("/ml/fr"))).isNull();
		assertThat(AnonymousRateLimiter.formOf(request("/ml/fr/about"))).isNull();
	}

	private static RateLimitProperties properties(int reportsPerClient, int globalPerSecond, int maxClients) {
		return new RateLimitProperties(true, reportsPerClient, 20, Duration.ofMinutes(10), globalPerSecond,
				Duration.ofHours(1), maxClients);
	}

	/** The status of a POST: 200 when it was let through. */
	private static int post(AnonymousRateLimiter limiter, String path, String client) throws Exception {
		MockHttpServletRequest request = request(path);
		request.setRemoteAddr(client);
		MockHttpServletResponse response = new MockHttpServletResponse();
		limiter.doFilter(request, response, new MockFilterChain());
		return response.getStatus();
	}

	/** A request as the server hands it on: the servlet path decoded and normalised. */
	private static MockHttpServletRequest request(String servletPath) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", servletPath);
		request.setServletPath(servletPath);
		return request;
	}
}
