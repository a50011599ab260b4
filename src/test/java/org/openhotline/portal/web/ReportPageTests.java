package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhotline.portal.Portals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public pages over real HTTP, as a browser without JavaScript and without cookies uses them. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReportPageTests {

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
	void thePortalAddressOpensItsDefaultLanguage() {
		HttpResponse<String> response = http.get("/ml");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/ml/fr");
	}

	@Test
	void theReportPageIsInTheLanguageOfItsAddressAndSetsNoCookie() {
		HttpResponse<String> fr = http.get("/ml/fr");
		HttpResponse<String> en = http.get("/ml/en");

		assertThat(fr.statusCode()).isEqualTo(200);
		assertThat(fr.body()).contains("<html lang=\"fr\" dir=\"ltr\">", "Signaler des images ou vidéos sexuelles d’enfants".substring(0, 20),
				"Peace One Day Mali", "Orange Mali", "(exemple)");
		assertThat(en.body()).contains("<html lang=\"en\" dir=\"ltr\">", "Report sexual images or videos of children");
		assertNoStateAndStrictHeaders(fr);
	}

	@Test
	void theArabicPageIsRightToLeftWithAddressesLeftToRight() {
		HttpResponse<String> ar = http.get("/" + TestPortals.ARABIC + "/ar");

		assertThat(ar.statusCode()).isEqualTo(200);
		assertThat(ar.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "أبلغ عن صور", "name=\"url\"");
		assertThat(ar.body()).containsPattern("name=\"url\" id=\"url0\" value=\"\" dir=\"ltr\"");
	}

	@Test
	void unknownPortalsAndLanguagesAreNotFoundInTheAddressLanguage() {
		HttpResponse<String> unknown = http.get("/zz/fr");
		HttpResponse<String> notSpoken = http.get("/ml/ar");

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Page introuvable");
		assertThat(notSpoken.statusCode()).isEqualTo(404);
		assertNoStateAndStrictHeaders(unknown);
	}

	@Test
	void aValidReportIsConfirmedWithAReferenceAndAReceiptCodeAndReplayShowsTheSame() {
		String token = http.freshToken("ml", "fr");
		List<String[]> report = PortalHttp.validReport(token, "https://example.com/" + UUID.randomUUID());

		HttpResponse<String> first = http.post("/ml/fr/report", report);
		HttpResponse<String> replay = http.post("/ml/fr/report", report);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("Merci. Votre signalement a bien été reçu.");
		String reference = PortalHttp.text(first.body(), "reference");
		String code = PortalHttp.text(first.body(), "receipt-code");
		assertThat(reference).matches("ML-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(code).matches("[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}");
		assertThat(first.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
		assertThat(PortalHttp.text(replay.body(), "reference")).isEqualTo(reference);
		assertThat(PortalHttp.text(replay.body(), "receipt-code")).isEqualTo(code);
		assertThat(jdbc.sql("SELECT count(*) FROM report WHERE reference = ?").param(reference).query(Integer.class).single())
			.isEqualTo(1);
		assertNoStateAndStrictHeaders(first);
	}

	@Test
	void errorsAreShownBesideTheirFieldsInThePageLanguageKeepingWhatWasTyped() {
		String token = http.freshToken("ml", "fr");
		List<String[]> fields = new ArrayList<>();
		fields.add(new String[] { "token", token });
		fields.add(new String[] { "url", "javascript:alert(1)" });
		fields.add(new String[] { "url", "https://example.com/kept" });
		fields.add(new String[] { "description", "Texte gardé <b>" });
		fields.add(new String[] { "contact", "pas un contact" });

		HttpResponse<String> response = http.post("/ml/fr/report", fields);

		assertThat(response.statusCode()).isEqualTo(422);
		String html = response.body();
		assertThat(PortalHttp.readable(response)).contains("Seules les adresses web commençant par http:// ou https://",
				"Choisissez ce que vous avez vu.", "Choisissez où vous l'avez trouvé.", "Saisissez une adresse e-mail");
		assertThat(html).contains("value=\"javascript:alert(1)\"", "value=\"https://example.com/kept\"",
				"Texte gardé &lt;b&gt;", "value=\"pas un contact\"", token);
		assertThat(html).containsPattern("id=\"url0-error\"");
		assertThat(html).contains("aria-invalid=\"true\"");
		assertThat(html).contains("<title>Erreur : Signaler");
	}

	@Test
	void theErrorSummaryListsTheErrorsInTheOrderOfTheFields() {
		String token = http.freshToken("ml", "fr");
		List<String[]> fields = new ArrayList<>();
		fields.add(new String[] { "token", token });
		for (int i = 0; i < 9; i++) {
			fields.add(new String[] { "url", "javascript:alert(" + i + ")" });
		}
		fields.add(new String[] { "contact", "pas un contact" });

		String html = http.post("/ml/fr/report", fields).body();

		String summary = html.substring(html.indexOf("id=\"error-summary\""), html.indexOf("</ul>", html.indexOf("id=\"error-summary\"")));
		List<String> targets = new ArrayList<>();
		Matcher link = Pattern.compile("href=\"#([\\w-]+)\"").matcher(summary);
		while (link.find()) {
			targets.add(link.group(1));
		}
		assertThat(targets).containsExactly("url0", "url1", "url2", "url3", "url4", "url5", "url6", "url7", "url8", "seen",
				"found", "contact");
	}

	@Test
	void contactDetailsNeedConsent() {
		List<String[]> fields = PortalHttp.validReport(http.freshToken("ml", "en"), "https://example.com/c");
		fields.add(new String[] { "contact", "+223 70 00 00 00" });

		HttpResponse<String> response = http.post("/ml/en/report", fields);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("Tick the box to agree that we may contact you");
	}

	@Test
	void theHoneypotStoresNothingAndThanksNoOne() {
		String url = "https://example.com/" + UUID.randomUUID();
		List<String[]> fields = PortalHttp.validReport(http.freshToken("ml", "en"), url);
		fields.add(new String[] { "website", "https://spam.example/" });

		HttpResponse<String> response = http.post("/ml/en/report", fields);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Your report was not sent").doesNotContain("Thank you");
		assertThat(jdbc.sql("SELECT count(*) FROM reported_item WHERE canonical_url = ?").param(url).query(Integer.class).single())
			.isZero();
	}

	@Test
	void aForgedOrForeignTokenIsRefusedWithAFreshForm() {
		String enToken = http.freshToken("ml", "en");

		HttpResponse<String> response = http.post("/ml/fr/report",
				PortalHttp.validReport(enToken, "https://example.com/forged"));

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(PortalHttp.readable(response)).contains("le formulaire n'a pas pu être vérifié");
		assertThat(http.tokenFrom(response.body())).isNotEqualTo(enToken);
	}

	@Test
	void anotherAddressFieldCanBeAddedWithoutJavaScript() {
		List<String[]> fields = PortalHttp.validReport(http.freshToken("ml", "en"), "https://example.com/one");
		fields.add(new String[] { "action", "add-url" });

		HttpResponse<String> response = http.post("/ml/en/report", fields);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"url0\"", "value=\"https://example.com/one\"", "id=\"url1\"")
			.doesNotContain("Thank you");
	}

	@Test
	void atMostTenAddresses() {
		String[] urls = new String[11];
		for (int i = 0; i < urls.length; i++) {
			urls[i] = "https://example.com/" + i;
		}

		HttpResponse<String> response = http.post("/ml/en/report",
				PortalHttp.validReport(http.freshToken("ml", "en"), urls));

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("You can report at most 10 addresses at once.");
	}

	@Test
	void inputBoundsAreEnforcedWithoutAServerError() {
		List<String[]> fields = PortalHttp.validReport(http.freshToken("ml", "en"), "https://example.com/" + "a".repeat(9000));
		fields.add(new String[] { "description", "é".repeat(2001) });
		fields.add(new String[] { "seen", "NOT_A_CHOICE" });

		HttpResponse<String> response = http.post("/ml/en/report", fields);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("This address is too long", "Shorten the description");
	}

	@Test
	void anOversizedRequestGetsALocalised413PageNeverA500() {
		String huge = "token=x&description=" + "a".repeat(300 * 1024);

		HttpResponse<String> response = http.post("/ml/fr/report", huge);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Trop de données envoyées à la fois");
		assertNoStateAndStrictHeaders(response);
	}

	@Test
	void theStatusPageShowsOnlyACoarseStatusBehindAReceiptCode() {
		HttpResponse<String> confirmation = http.post("/ml/en/report",
				PortalHttp.validReport(http.freshToken("ml", "en"), "https://example.com/" + UUID.randomUUID()));
		String code = PortalHttp.text(confirmation.body(), "receipt-code");

		HttpResponse<String> status = http.post("/ml/en/status", "code=" + code.replace(' ', '-'));
		HttpResponse<String> wrongFormat = http.post("/ml/en/status", "code=12");
		HttpResponse<String> unknown = http.post("/ml/en/status", "code=0000000000000001");

		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(PortalHttp.text(status.body(), "report-status")).isEqualTo("Received");
		assertThat(status.body()).contains(PortalHttp.text(confirmation.body(), "reference"))
			.doesNotContain("example.com/");
		assertThat(wrongFormat.statusCode()).isEqualTo(422);
		assertThat(wrongFormat.body()).contains("Enter the 16 digits of your receipt code.");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("No report has this receipt code.");
	}

	@Test
	void theHomePageListsLivePortals() {
		HttpResponse<String> home = http.get("/");

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("href=\"/ml\"");
		assertNoStateAndStrictHeaders(home);
	}

	@Test
	void theAboutPageExplainsAnonymityAndLocalHelp() {
		HttpResponse<String> about = http.get("/ml/fr/about");

		assertThat(about.statusCode()).isEqualTo(200);
		assertThat(PortalHttp.readable(about)).contains("sans JavaScript et sans cookie", "Ligne d'écoute pour enfants");
	}

	@Test
	void theStyleSheetIsServedAndCached() {
		HttpResponse<String> css = http.get("/css/site.css");

		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type")).get().asString().startsWith("text/css");
		assertThat(css.headers().firstValue("Cache-Control")).get().asString().contains("max-age=");
		assertThat(css.body()).contains("system-ui").doesNotContain("url(http", "@import");
	}

	@Test
	void theStyleSheetIsLinkedByItsContentSoThatAnUpgradeIsSeenAtOnce() {
		Matcher link = Pattern.compile("<link rel=\"stylesheet\" href=\"(/css/site-([0-9a-f]{32})\\.css)\">")
			.matcher(http.get("/ml/en").body());
		assertThat(link.find()).as("the page links the style sheet by the hash of its content").isTrue();

		HttpResponse<String> css = http.get(link.group(1));
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control")).get().asString().contains("max-age=");
		assertThat(css.body()).isEqualTo(http.get("/css/site.css").body());
	}

	@Test
	void everythingElseIsDenied() {
		assertThat(http.get("/actuator/prometheus").statusCode()).isIn(403, 404);
		assertThat(http.get("/ml/fr/report").statusCode()).isEqualTo(405);
	}

	static void assertNoStateAndStrictHeaders(HttpResponse<String> response) {
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(response.headers().firstValue("Content-Security-Policy")).get()
			.asString()
			.contains("default-src 'none'", "form-action 'self'", "frame-ancestors 'none'");
		assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
	}
}
