package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhotline.portal.Portals;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a reporter does, in Chromium: with JavaScript off, report an address in French
 * and in Arabic and get the confirmation, with no cookie set and no request leaving the
 * site. With JavaScript on (only to run axe-core), the report, confirmation and status
 * pages have no WCAG 2.2 A/AA violation in any locale, and no browser storage was used.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReportBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Portals portals;

	@BeforeEach
	void setUp() {
		TestPortals.ensureArabicDemoPortal(jdbc, portals);
	}

	@Test
	void aReporterCompletesAReportInFrenchAndInArabicWithJavaScriptOff() {
		Browsers.assumeAvailable(false);
		ChromeDriver browser = Browsers.start(false);
		try {
			String french = report(browser, "ml", "fr", "exemple.test/page-" + UUID.randomUUID());
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Merci. Votre signalement a bien été reçu.");
			assertThat(french).matches("ML-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

			String arabic = report(browser, TestPortals.ARABIC, "ar", "https://example.com/ar-" + UUID.randomUUID());
			assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("شكرًا لك. تم استلام بلاغك.");
			assertThat(arabic).startsWith("DEMOAR-");

			assertThat(browser.manage().getCookies()).isEmpty();
			List<String> requested = Browsers.requestedUrls(browser);
			assertThat(requested).isNotEmpty().allMatch(url -> url.startsWith("http://localhost:" + port + "/"),
					"stays on the site's own origin");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void enterInAnAddressFieldSendsTheReportAndAddAnotherAddressStillAddsOneWithJavaScriptOff() {
		Browsers.assumeAvailable(false);
		ChromeDriver browser = Browsers.start(false);
		try {
			browser.get(url("/ml/fr"));
			String first = "https://example.com/enter-" + UUID.randomUUID();
			browser.findElement(By.id("url0")).sendKeys(first);
			Browsers.submit(browser, By.cssSelector("button.secondary"));
			assertThat(browser.findElements(By.cssSelector("input[name=url]"))).as("a field was added").hasSize(2);
			assertThat(browser.findElement(By.id("url0")).getAttribute("value")).isEqualTo(first);

			browser.findElement(By.id("url1")).sendKeys("https://example.com/enter-" + UUID.randomUUID());
			browser.findElement(By.cssSelector("label[for=seen-images]")).click();
			browser.findElement(By.cssSelector("label[for=found-website]")).click();
			Browsers.pressEnter(browser, By.id("url1"));

			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Merci. Votre signalement a bien été reçu.");
			assertThat(browser.findElement(By.id("reference")).getText()).startsWith("ML-");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void pagesHaveNoAccessibilityViolationsInAnyLocaleAndUseNoStorage() throws IOException {
		Browsers.assumeAvailable(true);
		String axe = Files.readString(Browsers.AXE);
		ChromeDriver browser = Browsers.start(true);
		List<String> violations = new ArrayList<>();
		try {
			for (String[] portalAndLanguage : new String[][] { { "ml", "fr" }, { "ml", "en" }, { TestPortals.ARABIC, "ar" } }) {
				String slug = portalAndLanguage[0];
				String lang = portalAndLanguage[1];
				browser.get(url("/" + slug + "/" + lang));
				violations.addAll(axe(browser, axe, "report " + lang));
				browser.findElement(By.id("url0")).sendKeys("nope");
				Browsers.submit(browser, By.cssSelector("button.primary"));
				violations.addAll(axe(browser, axe, "report with errors " + lang));
				report(browser, slug, lang, "https://example.com/axe-" + UUID.randomUUID());
				String code = browser.findElement(By.id("receipt-code")).getText();
				violations.addAll(axe(browser, axe, "confirmation " + lang));
				browser.get(url("/" + slug + "/" + lang + "/status"));
				violations.addAll(axe(browser, axe, "status " + lang));
				browser.findElement(By.id("code")).sendKeys(code);
				Browsers.submit(browser, By.cssSelector("button.primary"));
				violations.addAll(axe(browser, axe, "status result " + lang));
				browser.get(url("/" + slug + "/" + lang + "/about"));
				violations.addAll(axe(browser, axe, "about " + lang));
				Object storage = browser.executeScript(
						"return [localStorage.length, sessionStorage.length, document.cookie.length];");
				assertThat(storage).asString().isEqualTo("[0, 0, 0]");
			}
		}
		finally {
			browser.quit();
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void theReportPageFitsA240PixelScreen() {
		Browsers.assumeAvailable(false);
		ChromeDriver browser = Browsers.start(true, 240);
		try {
			for (String page : new String[] { "/ml/fr", "/ml/en/status", "/" + TestPortals.ARABIC + "/ar" }) {
				browser.get(url(page));
				Object widths = browser.executeScript(
						"return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
				List<?> pair = (List<?>) widths;
				assertThat(((Number) pair.get(1)).intValue()).as("the screen is 240 px wide").isEqualTo(240);
				assertThat(((Number) pair.get(0)).intValue()).as("no horizontal scrolling on %s", page)
					.isLessThanOrEqualTo(((Number) pair.get(1)).intValue());
			}
		}
		finally {
			browser.quit();
		}
	}

	private String report(WebDriver browser, String slug, String lang, String address) {
		browser.get(url("/" + slug + "/" + lang));
		browser.findElement(By.id("url0")).clear();
		browser.findElement(By.id("url0")).sendKeys(address);
		browser.findElement(By.cssSelector("label[for=seen-images]")).click();
		browser.findElement(By.cssSelector("label[for=found-social_network]")).click();
		Browsers.submit(browser, By.cssSelector("button.primary"));
		return browser.findElement(By.id("reference")).getText();
	}

	@SuppressWarnings("unchecked")
	static List<String> axe(ChromeDriver browser, String axeSource, String page) {
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
