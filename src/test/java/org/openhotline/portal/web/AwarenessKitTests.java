package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhotline.portal.Portals;
import org.openhotline.shared.web.QrSvg;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The awareness kit of each portal and language: the poster (address, QR code, partners) and the social media text. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "openhotline.portal.public-base-url=https://hotline.example/")
class AwarenessKitTests {

	private static final Pattern QR_PATH = Pattern.compile("<path fill=\"#000\" d=\"([^\"]+)\"");

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
	void thePosterShowsTheAddressInLargeTypeAndAsAQrCodeOfIt() {
		HttpResponse<String> fr = http.get("/ml/fr/poster");

		assertThat(fr.statusCode()).isEqualTo(200);
		String page = PortalHttp.readable(fr);
		assertThat(page).contains("<html lang=\"fr\" dir=\"ltr\">", "Signaler des contenus pédocriminels en ligne – Mali",
				"Vous avez vu des images ou vidéos sexuelles d’enfants en ligne ?", "Vous restez anonyme",
				"Peace One Day Mali", "Orange Mali")
			.containsPattern("href=\"/css/poster-[0-9a-f]{32}\\.css\"");
		assertThat(PortalHttp.text(fr.body(), "address")).isEqualTo("hotline.example/ml");
		assertThat(qrPath(fr.body())).isEqualTo(qrPath(QrSvg.of("https://hotline.example/ml/fr", "")));
		assertThat(page).contains("aria-label=\"Code QR de l’adresse hotline.example/ml\"");
		assertThat(fr.body())
			.doesNotContain("<script", " style=");
		ReportPageTests.assertNoStateAndStrictHeaders(fr);
	}

	@Test
	void eachLanguageHasItsPosterAndArabicReadsRightToLeftWithTheAddressLeftToRight() {
		HttpResponse<String> en = http.get("/ml/en/poster");
		HttpResponse<String> ar = http.get("/" + TestPortals.ARABIC + "/ar/poster");

		assertThat(en.body()).contains("<html lang=\"en\" dir=\"ltr\">", "Have you seen sexual images or videos of a child online?");
		assertThat(qrPath(en.body())).isEqualTo(qrPath(QrSvg.of("https://hotline.example/ml/en", "")));
		assertThat(ar.statusCode()).isEqualTo(200);
		assertThat(ar.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "هل رأيت صورًا أو مقاطع فيديو جنسية لطفل على الإنترنت؟",
				"id=\"address\" dir=\"ltr\"");
		assertThat(PortalHttp.text(ar.body(), "address")).isEqualTo("hotline.example/demo-ar");
		assertThat(qrPath(ar.body())).isEqualTo(qrPath(QrSvg.of("https://hotline.example/demo-ar/ar", "")));
		assertThat(http.get("/ml/ar/poster").statusCode()).as("a language the portal does not speak").isEqualTo(404);
	}

	@Test
	void theSocialMediaTextIsPlainTextInTheLanguageWithTheAddress() {
		HttpResponse<String> fr = http.get("/ml/fr/share");
		HttpResponse<String> ar = http.get("/" + TestPortals.ARABIC + "/ar/share");

		assertThat(fr.statusCode()).isEqualTo(200);
		assertThat(PortalHttp.readable(fr)).contains("<textarea id=\"share-text\" readonly",
				"Signalez-les, anonymement, au portail Mali : https://hotline.example/ml – sans nom");
		assertThat(ar.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "https://hotline.example/demo-ar", "بوابة تجريبية")
			.doesNotContain("<script");
	}

	@Test
	void theAboutPageLinksThePosterAndTheText() {
		String about = http.get("/ml/en/about").body();

		assertThat(about).contains("href=\"/ml/en/poster\"", "href=\"/ml/en/share\"", "Poster to print");
	}

	private static String qrPath(String html) {
		Matcher m = QR_PATH.matcher(html);
		if (!m.find()) {
			throw new AssertionError("No QR code in " + html);
		}
		return m.group(1);
	}
}
