package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.portal.LogoFixtures;
import org.openhotline.portal.Portals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator uploads a partner's logo through the back office (the one multipart
 * path); the site serves its own re-encoded PNG, without the upload's metadata, cached long,
 * never sniffed; SVG and disguised files are refused in the POST's answer (422) beside the field; multipart stays
 * refused everywhere else.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PartnerLogoTests {

	private static final Pattern LOGO = Pattern.compile("id=\"current-logo\" src=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Portals portals;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	Clock clock;

	OfficeHttp admin;

	@BeforeEach
	void setUp() {
		TestPortals.ensureKitPortal(jdbc, portals);
		admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Logo Admin", administration, enrolment, clock);
	}

	@Test
	void anUploadedPngIsServedAsThisSitesOwnPngWithoutItsMetadata() throws Exception {
		admin.get("/office/portals/kit-test/partners/1/logo");

		HttpResponse<String> uploaded = admin.postFile("/office/portals/kit-test/partners/1/logo", "logo", "telco.png",
				"image/png", LogoFixtures.pngWithMetadata(800, 300));

		assertThat(uploaded.statusCode()).isEqualTo(302);
		HttpResponse<String> page = admin.follow(uploaded);
		assertThat(page.body()).contains("The logo was saved");
		String src = logoOf(page.body());
		assertThat(src).matches("/kit-test/partners/[0-9a-f]{24}\\.png");

		HttpResponse<byte[]> served = fetch(src);
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().allValues("Content-Type")).containsExactly("image/png");
		assertThat(served.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
		assertThat(served.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(served.body()).startsWith(0x89, 'P', 'N', 'G');
		assertThat(LogoFixtures.contains(served.body(), LogoFixtures.SECRET)).isFalse();
		assertThat(LogoFixtures.contains(served.body(), "tEXt")).isFalse();
		var image = ImageIO.read(new ByteArrayInputStream(served.body()));
		assertThat(image.getWidth()).isLessThanOrEqualTo(400);
		assertThat(image.getHeight()).isLessThanOrEqualTo(200);

		assertThat(new OfficeHttp(port).get("/kit-test/en").body()).contains(src);
		assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE action = 'PARTNER_LOGO_CHANGED' AND target = 'kit-test partner 1' ORDER BY sequence DESC LIMIT 1")
			.query(String.class).single()).contains("Telco Example", " -> " + src.substring(src.lastIndexOf('/') + 1));
	}

	@Test
	void aJpegBecomesAPngWithoutItsExif() throws Exception {
		admin.get("/office/portals/kit-test/partners/2/logo");

		HttpResponse<String> uploaded = admin.postFile("/office/portals/kit-test/partners/2/logo", "logo",
				"ministere.jpeg", "image/jpeg", LogoFixtures.jpegWithMetadata(300, 100));

		assertThat(uploaded.statusCode()).isEqualTo(302);
		HttpResponse<byte[]> served = fetch(logoOf(admin.follow(uploaded).body()));
		assertThat(served.body()).startsWith(0x89, 'P', 'N', 'G');
		assertThat(LogoFixtures.contains(served.body(), LogoFixtures.SECRET)).isFalse();
		assertThat(LogoFixtures.contains(served.body(), "Exif")).isFalse();
	}

	@Test
	void anSvgAndDisguisedFilesAreRefusedBesideTheFieldAndChangeNothing() {
		String before = currentLogo(1);
		admin.get("/office/portals/kit-test/partners/1/logo");

		HttpResponse<String> svg = admin.postFile("/office/portals/kit-test/partners/1/logo", "logo", "logo.svg",
				"image/svg+xml", LogoFixtures.svg());
		HttpResponse<String> html = admin.postFile("/office/portals/kit-test/partners/1/logo", "logo", "logo.png",
				"image/png", LogoFixtures.html());
		HttpResponse<String> pngNamedJpg = admin.postFile("/office/portals/kit-test/partners/1/logo", "logo", "logo.jpg",
				"image/jpeg", LogoFixtures.png(40, 20));

		assertThat(org.openhotline.shared.web.RefusedForm.assertRefused(svg, "logo")).contains("id=\"error-summary\"", "href=\"#logo\"", "id=\"logo-error\"",
				"SVG drawings are not accepted", "aria-invalid=\"true\"");
		assertThat(html.body()).contains("id=\"logo-error\"", "This file is not a PNG or JPEG image");
		assertThat(pngNamedJpg.body()).contains("id=\"logo-error\"", "This file is named .jpg but holds a PNG image");
		assertThat(currentLogo(1)).isEqualTo(before);
	}

	@Test
	void multipartIsTakenOnTheLogoPathOnlyAndHeldToItsLimit() {
		admin.get("/office/admin/partners");
		HttpResponse<String> elsewhere = admin.postFile("/office/admin/partners", "logo", "logo.png", "image/png",
				LogoFixtures.png(40, 20));
		HttpResponse<String> publicPage = admin.postFile("/kit-test/fr/report", "logo", "logo.png", "image/png",
				LogoFixtures.png(40, 20));
		admin.get("/office/portals/kit-test/partners/1/logo");
		HttpResponse<String> tooLarge = admin.postFile("/office/portals/kit-test/partners/1/logo", "logo", "big.png",
				"image/png", new byte[700 * 1024]);
		admin.get("/office/portals/kit-test/partners/1/logo");
		HttpResponse<String> overTheLogoLimit = admin.postFile("/office/portals/kit-test/partners/1/logo", "logo",
				"big.png", "image/png", new byte[540 * 1024]);

		assertThat(elsewhere.statusCode()).isEqualTo(415);
		assertThat(publicPage.statusCode()).isEqualTo(415);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(overTheLogoLimit.statusCode()).isEqualTo(422);
		assertThat(overTheLogoLimit.body()).contains("id=\"logo-error\"", "The file is too large: at most 512 KB");
	}

	@Test
	void onlyAdministratorsUploadAndUnknownLogosAreNotFound() {
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Logo Analyst", administration, enrolment, clock);
		analyst.get("/office");

		assertThat(analyst.postFile("/office/portals/kit-test/partners/1/logo", "logo", "logo.png", "image/png",
				LogoFixtures.png(40, 20)).statusCode()).isEqualTo(403);
		assertThat(new OfficeHttp(port).get("/kit-test/partners/000000000000000000000000.png").statusCode())
			.isEqualTo(404);
		assertThat(new OfficeHttp(port).get("/kit-test/partners/logo.svg").statusCode()).isEqualTo(404);
		assertThat(admin.get("/office/portals/kit-test/partners/9/logo").statusCode()).isEqualTo(404);
	}

	private String currentLogo(int position) {
		return String.valueOf(jdbc.sql("SELECT logo_file FROM portal_partner WHERE portal_slug = 'kit-test' AND position = ?")
			.param(position)
			.query(String.class)
			.optional()
			.orElse(null));
	}

	private static String logoOf(String html) {
		Matcher m = LOGO.matcher(html);
		if (!m.find()) {
			throw new AssertionError("No current logo in " + html);
		}
		return m.group(1);
	}

	private HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}
}
