package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AuthenticatorApp;
import org.openhotline.accounts.Role;
import org.openhotline.tracing.HostingFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Launching a portal, in Chromium: an administrator creates the portal of Mauritania (Arabic
 * then French) from an empty form, adds a partner, previews it and puts it live; then a
 * member of the public, JavaScript off, reports in Arabic and gets the confirmation. axe
 * finds no WCAG 2.2 A/AA violation on the new portal's pages. The test counts the steps of
 * that flow and prints them with the time it took (never asserted: it depends on the machine).
 */
class PortalLaunchBrowserTests extends HostingFixtures {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	private int steps;

	@Test
	void anAdministratorLaunchesMauritaniaAndThePublicReportsInArabic() throws Exception {
		Browsers.assumeAvailable(true);
		String axe = Files.readString(Browsers.AXE);
		String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create("test",
				new AccountAdministration.NewAccount(username, "Aminata Admin", Role.ADMINISTRATOR, List.of()));
		List<String> violations = new ArrayList<>();
		ChromeDriver office = Browsers.start(true, 1024);
		long started;
		try {
			signIn(office, created.setupCode(), username);
			started = System.nanoTime();

			// from the back office's menu to an empty form
			office.get(url("/office"));
			step(() -> Browsers.submit(office, By.cssSelector("a[href='/office/portals']")));
			step(() -> Browsers.submit(office, By.id("new-portal")));
			violations.addAll(axe(office, axe, "new portal form"));
			step(() -> office.findElement(By.id("slug")).sendKeys("mr"));
			step(() -> new Select(office.findElement(By.id("country"))).selectByValue("MR"));
			step(() -> new Select(office.findElement(By.id("language-0"))).selectByValue("ar"));
			step(() -> new Select(office.findElement(By.id("language-1"))).selectByValue("fr"));
			step(() -> office.findElement(By.id("name-ar")).sendKeys("موريتانيا"));
			step(() -> office.findElement(By.id("name-fr")).sendKeys("Mauritanie"));
			step(() -> office.findElement(By.id("partner-0-name")).sendKeys("Mauritel"));
			step(() -> office.findElement(By.id("partner-0-link")).sendKeys("https://mauritel.example/"));
			step(() -> Browsers.submit(office, By.id("save")));
			assertThat(office.findElement(By.id("notice")).getText()).contains("draft");
			assertThat(office.findElement(By.id("portal-status")).getText()).isEqualTo("Draft");
			violations.addAll(axe(office, axe, "portal page"));

			java.nio.file.Path logo = java.nio.file.Files.createTempFile("mauritel", ".png");
			java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 60, java.awt.image.BufferedImage.TYPE_INT_RGB);
			javax.imageio.ImageIO.write(image, "png", logo.toFile());
			step(() -> Browsers.submit(office, By.id("partner-0-logo")));
			step(() -> office.findElement(By.id("logo")).sendKeys(logo.toAbsolutePath().toString()));
			step(() -> Browsers.submit(office, By.xpath("//input[@id='logo']/ancestor::form//button[@type='submit']")));
			assertThat(office.findElement(By.id("current-logo")).isDisplayed()).isTrue();
			assertThat(office.findElements(By.id("logo-error"))).isEmpty();
			step(() -> Browsers.submit(office, By.cssSelector("a[href='/office/portals/mr']")));

			step(() -> Browsers.submit(office, By.id("preview-ar")));
			assertThat(office.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
			assertThat(office.findElement(By.cssSelector("header.site .brand")).getText()).contains("موريتانيا");
			assertThat(office.findElement(By.id("partners-heading")).isDisplayed()).isTrue();
			assertThat(office.findElement(By.cssSelector("footer .partners img")).getAttribute("alt")).contains("Mauritel");
			assertThat(office.findElement(By.cssSelector("footer .partners img")).getAttribute("src"))
				.as("the logo, served from this site").matches(".*/mr/partners/[a-z0-9._-]+\\.png");
			violations.addAll(axe(office, axe, "preview ar"));
			step(office.navigate()::back);
			step(() -> Browsers.submit(office, By.cssSelector("#go-live button")));
			assertThat(office.findElement(By.id("portal-status")).getText()).isEqualTo("Live");
		}
		finally {
			office.quit();
		}

		ChromeDriver reporter = Browsers.start(false);
		try {
			step(() -> reporter.get(url("/mr")));
			assertThat(reporter.getCurrentUrl()).endsWith("/mr/ar");
			assertThat(reporter.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
			assertThat(reporter.findElement(By.id("url0")).getAttribute("dir")).isEqualTo("ltr");
			String address = "https://example.com/mr-" + UUID.randomUUID();
			step(() -> reporter.findElement(By.id("url0")).sendKeys(address));
			step(() -> reporter.findElement(By.cssSelector("label[for=seen-images]")).click());
			step(() -> reporter.findElement(By.cssSelector("label[for=found-social_network]")).click());
			step(() -> Browsers.submit(reporter, By.cssSelector("button.primary")));
			assertThat(reporter.findElement(By.tagName("h1")).getText()).isEqualTo("شكرًا لك. تم استلام بلاغك.");
			assertThat(reporter.findElement(By.id("reference")).getText()).startsWith("MR-");
			assertThat(reporter.findElement(By.id("reference")).getAttribute("dir")).isEqualTo("ltr");
		}
		finally {
			reporter.quit();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		System.out.printf("Portal launch: %d steps from the back office's menu to a report received on the live portal, in %.1f minutes (%d s)%n",
				steps, took.toMillis() / 60000.0, took.toSeconds());

		ChromeDriver checker = Browsers.start(true);
		try {
			for (String lang : List.of("ar", "fr")) {
				for (String page : List.of("", "/about", "/status")) {
					checker.get(url("/mr/" + lang + page));
					violations.addAll(axe(checker, axe, lang + page));
				}
				checker.get(url("/mr/" + lang));
				checker.findElement(By.id("url0")).sendKeys("https://example.com/axe-" + UUID.randomUUID());
				checker.findElement(By.cssSelector("label[for=seen-images]")).click();
				checker.findElement(By.cssSelector("label[for=found-website]")).click();
				Browsers.submit(checker, By.cssSelector("button.primary"));
				violations.addAll(axe(checker, axe, lang + " confirmation"));
			}
		}
		finally {
			checker.quit();
		}
		assertThat(violations).isEmpty();
	}

	private void step(Runnable action) {
		action.run();
		steps++;
	}

	private void signIn(ChromeDriver browser, String setupCode, String username) {
		browser.get(url("/office/setup/" + setupCode));
		browser.findElement(By.id("password")).sendKeys("lantern cobalt mango rivet");
		browser.findElement(By.id("repeat")).sendKeys("lantern cobalt mango rivet");
		Browsers.submit(browser, By.cssSelector("button[type=submit]"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("lantern cobalt mango rivet");
		Browsers.submit(browser, By.cssSelector("main button[type=submit]"));
		AuthenticatorApp app = AuthenticatorApp.withKey(browser.findElement(By.id("secret")).getText());
		browser.findElement(By.id("code")).sendKeys(app.codeAt(CLOCK.instant()));
		Browsers.submit(browser, By.cssSelector("main button[type=submit]"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> axe(ChromeDriver browser, String axeSource, String page) {
		browser.executeScript(axeSource);
		Map<String, Object> results = (Map<String, Object>) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
				  .then(r => done({ violations: r.violations.map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', ')) }))
				  .catch(e => done({ violations: ['axe failed: ' + e] }));
				""");
		return ((List<String>) results.get("violations")).stream().map(v -> page + " — " + v).toList();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
