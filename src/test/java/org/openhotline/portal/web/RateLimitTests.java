package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Too many reports from one connection get a localised 429 page; other portals keep their own limit. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "openhotline.rate-limit.reports-per-client=2", "openhotline.rate-limit.status-lookups-per-client=1",
				"openhotline.rate-limit.global-per-second=1000" })
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
}
