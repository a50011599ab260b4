package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Too many reports from one connection get a localised 429 page; other portals keep their
 * own limit; no spelling of the form's address escapes the count. Behind a trusted proxy
 * here (X-Forwarded-For), so that each test is its own client.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "openhotline.rate-limit.reports-per-client=2", "openhotline.rate-limit.status-lookups-per-client=1",
				"openhotline.rate-limit.global-per-second=1000", "server.forward-headers-strategy=native" })
class RateLimitTests {

	@LocalServerPort
	int port;

	@Test
	void theThirdReportInTheWindowIsRefusedWithALocalisedPage() {
		PortalHttp http = new PortalHttp(port);

		for (int i = 0; i < 2; i++) {
			HttpResponse<String> accepted = http.post("/ml/fr/report",
					PortalHttp.validReport(http.freshToken("ml", "fr"), "https://example.com/" + UUID.randomUUID()));
			assertThat(accepted.statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = http.post("/ml/fr/report",
				PortalHttp.validReport(http.freshToken("ml", "fr"), "https://example.com/" + UUID.randomUUID()));

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(PortalHttp.readable(refused)).contains("Trop de tentatives", "Rien n'a été enregistré");
		ReportPageTests.assertNoStateAndStrictHeaders(refused);
		assertThat(http.get("/ml/fr").statusCode()).as("reading pages is never limited").isEqualTo(200);
	}

	@Test
	void statusLookupsHaveTheirOwnLimit() {
		PortalHttp http = new PortalHttp(port);

		assertThat(http.post("/ml/en/status", "code=0000000000000001").statusCode()).isEqualTo(404);
		HttpResponse<String> refused = http.post("/ml/en/status", "code=0000000000000002");

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("Too many attempts");
	}

	@Test
	void noSpellingOfTheAddressEscapesTheCount() {
		PortalHttp http = new PortalHttp(port, Map.of("X-Forwarded-For", "2001:db8:5::1"));
		for (int i = 0; i < 2; i++) {
			assertThat(http.post("/ml/fr/report",
					PortalHttp.validReport(http.freshToken("ml", "fr"), "https://example.com/" + UUID.randomUUID()))
				.statusCode()).isEqualTo(200);
		}

		PortalHttp sameSlash64 = new PortalHttp(port, Map.of("X-Forwarded-For", "2001:db8:5::2"));
		for (String path : List.of("/ml/fr/%72eport", "/ml/%66r/report", "/%6Dl/fr/report", "/ml/fr/report;jsessionid=1",
				"/ml/fr/report;x=y/", "//ml/fr/report", "/ml//fr/report", "/ml/fr/report/", "/ml/fr/./report",
				"/ml/fr/%2Freport", "/ml/fr%2Freport", "/ML/FR/REPORT", "/ml/fr/Report", "/ml/fr/%52eport")) {
			HttpResponse<String> response = sameSlash64.post(path,
					PortalHttp.validReport(sameSlash64.freshToken("ml", "fr"), "https://example.com/" + UUID.randomUUID()));
			assertThat(response.statusCode()).as(path).isNotEqualTo(200).isBetween(400, 499);
		}
		assertThat(sameSlash64.post("/ml/fr/%72eport",
				PortalHttp.validReport(sameSlash64.freshToken("ml", "fr"), "https://example.com/" + UUID.randomUUID()))
			.statusCode()).isEqualTo(429);

		PortalHttp other = new PortalHttp(port, Map.of("X-Forwarded-For", "2001:db8:6::1"));
		assertThat(other.post("/ml/fr/%72eport",
				PortalHttp.validReport(other.freshToken("ml", "fr"), "https://example.com/" + UUID.randomUUID()))
			.statusCode()).as("the handler takes the encoded spelling").isEqualTo(200);
	}
}
