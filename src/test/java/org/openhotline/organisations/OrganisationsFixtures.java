package org.openhotline.organisations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openhotline.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One application for the organisations tests: a clock that only tests move (so key expiry,
 * the changeover, the authentication cache and the rate limit are exact), and a test-only
 * endpoint under /api, since the module itself maps none.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ OrganisationsFixtures.Clocks.class, OrganisationsFixtures.TestOnlyApi.class })
public abstract class OrganisationsFixtures {

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock organisationsTestClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		}
	}

	/**
	 * What the chain hands a controller: the caller and its authorities (read from the
	 * security context: stateless chains leave the servlet API's principal unset).
	 */
	@TestComponent
	@RestController
	static class TestOnlyApi {

		@GetMapping("/api/v1/test-only")
		String caller(@AuthenticationPrincipal ApiCaller caller) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return caller.name() + " " + caller.level() + " " + caller.scopes() + " "
					+ authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().collect(Collectors.joining(","));
		}

		@GetMapping("/api/v1/test-only/addresses")
		String addresses() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("LEVEL_URLS"))) {
				throw new AccessDeniedException("hashes only");
			}
			return "https://example.com/";
		}
	}

	@LocalServerPort
	protected int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	protected HttpResponse<String> api(String path, @org.jspecify.annotations.Nullable String key) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	protected static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}
}
