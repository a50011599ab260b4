package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhotline.portal.Portals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The confirmation is rendered once per portal and language and then only filled in: it must not show. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConfirmationPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Portals portals;

	PortalHttp http;

	@BeforeEach
	void setUp() {
		http = new PortalHttp(port);
		TestPortals.ensureArabicDemoPortal(jdbc, portals);
	}

	@Test
	void everyReportGetsItsOwnValuesInAnOtherwiseIdenticalPage() {
		HttpResponse<String> first = report(TestPortals.ARABIC, "ar");
		HttpResponse<String> second = report(TestPortals.ARABIC, "ar");

		String firstReference = PortalHttp.text(first.body(), "reference");
		String secondReference = PortalHttp.text(second.body(), "reference");
		String firstCode = PortalHttp.text(first.body(), "receipt-code");
		String secondCode = PortalHttp.text(second.body(), "receipt-code");
		assertThat(secondReference).isNotEqualTo(firstReference);
		assertThat(secondCode).isNotEqualTo(firstCode);
		assertThat(second.body().replace(secondReference, firstReference).replace(secondCode, firstCode))
			.isEqualTo(first.body());
		assertThat(second.headers().firstValue("Content-Type")).get().asString().startsWith("text/html;charset=UTF-8");
		assertThat(second.body()).contains("<html lang=\"ar\" dir=\"rtl\">").doesNotContain("openhotline-");
	}

	@Test
	void eachLanguageHasItsOwnPage() {
		HttpResponse<String> arabic = report(TestPortals.ARABIC, "ar");
		HttpResponse<String> french = report(TestPortals.ARABIC, "fr");

		assertThat(arabic.body()).contains("<html lang=\"ar\" dir=\"rtl\">");
		assertThat(french.body()).contains("<html lang=\"fr\" dir=\"ltr\">", "Merci. Votre signalement a bien été reçu.");
	}

	@Test
	void aChangedPortalIsShownOnTheNextConfirmation() {
		report(TestPortals.ARABIC, "fr");
		try {
			jdbc.sql("UPDATE portal_name SET name = 'Portail renommé' WHERE portal_slug = 'demo-ar' AND language = 'fr'")
				.update();
			portals.reload();

			assertThat(report(TestPortals.ARABIC, "fr").body()).contains("Portail renommé");
		}
		finally {
			jdbc.sql("UPDATE portal_name SET name = 'Portail de démonstration' WHERE portal_slug = 'demo-ar' AND language = 'fr'")
				.update();
			portals.reload();
		}
		assertThat(report(TestPortals.ARABIC, "fr").body()).doesNotContain("Portail renommé");
	}

	private HttpResponse<String> report(String slug, String language) {
		String token = http.freshToken(slug, language);
		HttpResponse<String> response = http.post("/" + slug + "/" + language + "/report",
				PortalHttp.validReport(token, "https://example.com/" + UUID.randomUUID()));
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}
}
