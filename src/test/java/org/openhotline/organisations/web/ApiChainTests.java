package org.openhotline.organisations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.openhotline.MutableClock;
import org.openhotline.organisations.ApiKeys;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.IssuedKey;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.Organisations;
import org.openhotline.organisations.OrganisationsFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The /api/** chain over real HTTP: bearer keys, 401/403/429 as problem JSON, no session, the open path. */
class ApiChainTests extends OrganisationsFixtures {

	@Autowired
	Organisations organisations;

	@Autowired
	ApiKeys keys;

	@Autowired
	MutableClock clock;

	IssuedKey keyOf(String name, ListLevel level) {
		OrganisationId id = organisations.create(new NewOrganisation(name, OrganisationKind.ISP, "ML", "", "", level), "admin-test");
		return keys.issue(id, EnumSet.of(ApiScope.URL_LIST), null, "admin-test");
	}

	@Test
	void withoutAKeyOrWithAWrongOneTheAnswerIs401ProblemJsonWithWwwAuthenticateBearer() {
		HttpResponse<String> none = api("/api/v1/test-only", null);
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(none.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		assertThat(none.body()).contains("\"type\":\"about:blank\"", "\"status\":401", "\"title\":\"Unauthorized\"");
		assertNoSession(none);

		for (String wrong : new String[] { "oh_" + "A".repeat(43), "not-a-key", "" }) {
			HttpResponse<String> refused = api("/api/v1/test-only", wrong);
			assertThat(refused.statusCode()).as(wrong).isEqualTo(401);
			assertThat(refused.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
			assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
			assertNoSession(refused);
		}
		assertThat(api("/api/v1/url-list", null).statusCode()).as("a path of the API that does not exist yet").isEqualTo(401);
	}

	@Test
	void aGoodKeyReachesTheApiAsItsOrganisationWithItsScopeAndLevel() {
		String name = unique("Example ISP");
		IssuedKey key = keyOf(name, ListLevel.URLS);
		HttpResponse<String> ok = api("/api/v1/test-only", key.secret());
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.body()).isEqualTo(name + " URLS [URL_LIST] LEVEL_URLS,SCOPE_url-list");
		assertNoSession(ok);
		assertThat(api("/api/v1/test-only/addresses", key.secret()).statusCode()).isEqualTo(200);
		assertThat(api("/api/v1/nothing-here", key.secret()).statusCode()).isEqualTo(404);

		HttpResponse<String> hashes = api("/api/v1/test-only", keyOf(unique("Hashes only"), ListLevel.HASHES).secret());
		assertThat(hashes.body()).endsWith("HASHES [URL_LIST] LEVEL_HASHES,SCOPE_url-list");
	}

	@Test
	void beyondItsLevelTheAnswerIs403ProblemJson() {
		HttpResponse<String> refused = api("/api/v1/test-only/addresses", keyOf(unique("Hashes only"), ListLevel.HASHES).secret());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		assertThat(refused.body()).contains("\"status\":403");
		assertThat(refused.body()).doesNotContain("example.com");
	}

	@Test
	void anExpiredRevokedOrSwitchedOffKeyIs401() {
		OrganisationId id = organisations.create(new NewOrganisation(unique("Platform"), OrganisationKind.PLATFORM, null, "", "",
				ListLevel.HASHES), "admin-test");
		IssuedKey expiring = keys.issue(id, EnumSet.of(ApiScope.URL_LIST), clock.instant().plusSeconds(30), "admin-test");
		IssuedKey revoked = keys.issue(id, EnumSet.of(ApiScope.URL_LIST), null, "admin-test");
		assertThat(api("/api/v1/test-only", expiring.secret()).statusCode()).isEqualTo(200);
		assertThat(api("/api/v1/test-only", revoked.secret()).statusCode()).isEqualTo(200);

		keys.revoke(id, revoked.key().id(), "admin-test");
		HttpResponse<String> afterRevocation = api("/api/v1/test-only", revoked.secret());
		assertThat(afterRevocation.statusCode()).isEqualTo(401);
		assertThat(afterRevocation.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");

		clock.advance(Duration.ofSeconds(30));
		assertThat(api("/api/v1/test-only", expiring.secret()).statusCode()).isEqualTo(401);

		IssuedKey other = keys.issue(id, EnumSet.of(ApiScope.URL_LIST), null, "admin-test");
		assertThat(api("/api/v1/test-only", other.secret()).statusCode()).isEqualTo(200);
		organisations.setActive(id, false, "admin-test");
		assertThat(api("/api/v1/test-only", other.secret()).statusCode()).isEqualTo(401);
	}

	@Test
	void theSigningKeysAreOpenWithoutAKey() {
		HttpResponse<String> open = api("/api/v1/url-list/signing-keys", null);
		assertThat(open.statusCode()).as("not mapped until the URL list exists, but never 401").isNotIn(401, 403);
		assertNoSession(open);
	}

	@Test
	void anOrganisationOverItsLimitGets429WithRetryAfterAndOthersAreNotHeldBack() {
		// the test clock stands still: no token comes back, so the burst (2 s at 50 per second) is exact
		IssuedKey busy = keyOf(unique("Busy ISP"), ListLevel.URLS);
		for (int i = 0; i < 100; i++) {
			assertThat(api("/api/v1/test-only", busy.secret()).statusCode()).as("request %d", i + 1).isEqualTo(200);
		}
		HttpResponse<String> limited = api("/api/v1/test-only", busy.secret());
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(limited.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		assertThat(limited.body()).contains("\"status\":429", "https://openhotline.org/problems/rate-limited");

		assertThat(api("/api/v1/test-only", keyOf(unique("Quiet ISP"), ListLevel.URLS).secret()).statusCode()).isEqualTo(200);
		clock.advance(Duration.ofSeconds(1));
		assertThat(api("/api/v1/test-only", busy.secret()).statusCode()).isEqualTo(200);
	}

	@Test
	void aClientGuessingKeysIsHeldBackBeforeAnyKeyIsLookedUp() {
		IssuedKey good = keyOf(unique("Patient ISP"), ListLevel.URLS);
		int refused = 0;
		HttpResponse<String> answer = null;
		for (int i = 0; i < 100; i++) {
			answer = api("/api/v1/test-only", "oh_" + java.util.UUID.randomUUID().toString().replace("-", "") + "ABCDEFGHIJK");
			if (answer.statusCode() != 401) {
				break;
			}
			refused++;
		}
		assertThat(refused).as("refused keys let through before the client is held back").isBetween(1, 20);
		assertThat(answer.statusCode()).isEqualTo(429);
		assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(api("/api/v1/test-only", good.secret()).statusCode()).as("the client, whatever key it sends")
			.isEqualTo(429);

		clock.advance(Duration.ofSeconds(3));
		assertThat(api("/api/v1/test-only", good.secret()).statusCode()).isEqualTo(200);
	}

	@Test
	void anApiKeyOpensNothingOutsideTheApi() {
		IssuedKey key = keyOf(unique("Example ISP"), ListLevel.URLS);
		HttpResponse<String> office = api("/office/organisations", key.secret());
		assertThat(office.statusCode()).isEqualTo(302);
		assertThat(office.headers().firstValue("Location")).get().asString().endsWith("/office/sign-in");
		assertThat(api("/", key.secret()).statusCode()).isEqualTo(200);
	}

	private static void assertNoSession(HttpResponse<String> response) {
		assertThat(response.headers().allValues("Set-Cookie")).as("no session, no cookie").isEmpty();
	}
}
