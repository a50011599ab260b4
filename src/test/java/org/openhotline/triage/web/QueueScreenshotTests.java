package org.openhotline.triage.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AuthenticatorApp;
import org.openhotline.accounts.Role;
import org.openhotline.intake.ReportReceived;
import org.openhotline.portal.web.Browsers;
import org.openhotline.triage.AssessCase;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseWorkflow;
import org.openhotline.triage.StaffRef;
import org.openhotline.triage.internal.CaseRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes the README's screenshot of the queue (docs/screenshot-queue.png): 20 cases of reserved
 * example addresses, 1280 px wide, in English. Runs only when asked, alone, on a fresh database:
 * <pre>
 * ./mvnw test -Dtest=QueueScreenshotTests -Dopenhotline.screenshot=docs/screenshot-queue.png
 * </pre>
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "openhotline.triage.second-assessment-share=0")
@EnabledIfSystemProperty(named = "openhotline.screenshot", matches = ".+")
class QueueScreenshotTests {

	/** Address, portal, reports, minutes since the first report. */
	private static final List<Object[]> CASES = List.of(
			new Object[] { "https://images.example.com/gallery/7f3a91/view.php?id=2211", "ml", 14, 50 * 60 },
			new Object[] { "http://forum.example.net/t/48213-new-pics", "sn", 9, 31 * 60 },
			new Object[] { "https://share.example.org/f/QmX8cWq2", "ml", 7, 6 * 60 },
			new Object[] { "https://203.0.113.7/uploads/2026/11/a.jpg", "ci", 6, 3 * 24 * 60 },
			new Object[] { "https://cdn.host.test/v/9922.mp4", "ml", 5, 95 },
			new Object[] { "https://board.example.com/b/res/10443.html", "sn", 4, 26 * 60 },
			new Object[] { "https://www.example.net/album/summer", "ml", 3, 42 },
			new Object[] { "http://198.51.100.23/~x/index.html", "ci", 3, 4 * 60 },
			new Object[] { "https://files.example.invalid/d/8HkT2", "ml", 2, 18 },
			new Object[] { "https://social.example.org/@anon4412/1180", "sn", 2, 7 * 60 },
			new Object[] { "https://[2001:db8::5]/img/0031.png", "ml", 2, 2 * 24 * 60 },
			new Object[] { "https://link.example.com/r/ab12cd", "ci", 1, 12 },
			new Object[] { "https://video.example.test/watch?v=q1w2e3", "ml", 1, 33 },
			new Object[] { "https://example.com/p/1029/photos", "sn", 1, 75 },
			new Object[] { "https://blog.example.net/2026/11/post.html", "ml", 1, 3 * 60 },
			new Object[] { "https://search.example.com/images?q=x&page=2", "ci", 1, 5 * 60 },
			new Object[] { "https://upload.example.org/i/77AA01.jpg", "ml", 1, 8 },
			new Object[] { "http://mirror.example.invalid/set/12", "sn", 1, 9 * 60 },
			new Object[] { "https://host.test/~user/gallery/", "ml", 1, 4 },
			new Object[] { "https://example.org/shared/folder/31", "ci", 1, 2 });

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	CaseRepository cases;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void screenshotOfTheQueue() throws Exception {
		Browsers.assumeAvailable(false);
		Instant now = clock.instant();
		List<CaseId> ids = CASES.stream().map(c -> report((String) c[0], (String) c[1], (Integer) c[2],
				now.minus(Duration.ofMinutes((Integer) c[3])))).toList();
		StaffRef awa = new StaffRef(UUID.randomUUID(), "Awa Traoré", "awa");
		StaffRef moussa = new StaffRef(UUID.randomUUID(), "Moussa Keita", "moussa");
		workflow.claim(ids.get(1), awa);
		workflow.claim(ids.get(4), moussa);
		for (int second : List.of(2, 5)) {
			jdbc.sql("UPDATE case_file SET second_assessment = TRUE WHERE id = ?").param(ids.get(second).value()).update();
			workflow.claim(ids.get(second), awa);
			workflow.assess(ids.get(second), awa, new AssessCase("CSAM_B", "11-13", List.of("FEMALE"), "IMAGE_HOST", false, ""));
		}
		workflow.claim(ids.get(5), moussa);
		workflow.assess(ids.get(5), moussa, new AssessCase("NOT_ILLEGAL", null, List.of(), null, null, ""));

		ChromeDriver browser = Browsers.start(true, 1280);
		try {
			browser.executeCdpCommand("Network.enable", Map.of());
			browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", "en")));
			signIn(browser);
			browser.get("http://localhost:" + port + "/office/queue?status=");
			// the whole page in one picture: its height measured again once laid out at 1280 px
			for (int i = 0; i < 2; i++) {
				long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
				browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
						Map.of("width", 1280, "height", height, "deviceScaleFactor", 1, "mobile", false));
			}
			Path target = Path.of(System.getProperty("openhotline.screenshot"));
			Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
		}
		finally {
			browser.quit();
		}
	}

	private CaseId report(String address, String portal, int reports, Instant first) {
		CaseId id = null;
		for (int i = 0; i < reports; i++) {
			ReportReceived report = new ReportReceived(UUID.randomUUID(), portal, "fr", first.plus(Duration.ofMinutes(i)),
					List.of(new ReportReceived.Item(address, address, host(address), null, List.of())));
			id = cases.join(report, report.items().get(0));
		}
		return id;
	}

	private static String host(String address) {
		return java.net.URI.create(address).getHost();
	}

	private void signIn(ChromeDriver browser) {
		String username = "fatou-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create("test",
				new AccountAdministration.NewAccount(username, "Fatou Diallo", Role.ANALYST, List.of()));
		browser.get("http://localhost:" + port + "/office/setup/" + created.setupCode());
		browser.findElement(By.id("password")).sendKeys("lantern cobalt mango rivet");
		browser.findElement(By.id("repeat")).sendKeys("lantern cobalt mango rivet");
		Browsers.submit(browser, By.cssSelector("button[type=submit]"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("lantern cobalt mango rivet");
		Browsers.submit(browser, By.cssSelector("main button[type=submit]"));
		AuthenticatorApp app = AuthenticatorApp.withKey(browser.findElement(By.id("secret")).getText());
		browser.findElement(By.id("code")).sendKeys(app.codeAt(clock.instant()));
		Browsers.submit(browser, By.cssSelector("main button[type=submit]"));
	}
}
