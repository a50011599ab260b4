package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AuthenticatorApp;
import org.openhotline.accounts.Role;
import org.openhotline.tracing.HostingFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Administration forms refused in Chromium, at 1280 and at 360 px: the answer is the form
 * again with what was typed, its error summary has the focus (office.js) and lists every
 * error, the page is axe-clean and no wider than the screen.
 */
class OfficeFormsBrowserTests extends HostingFixtures {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@ParameterizedTest
	@ValueSource(ints = { 1280, 360 })
	void refusedPartnerAndPortalFormsShowEveryErrorAtOnceBesideTheForm(int width) throws Exception {
		Browsers.assumeAvailable(true);
		String axe = Files.readString(Browsers.AXE);
		String username = "administrator-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create("test",
				new AccountAdministration.NewAccount(username, "Adama Admin", Role.ADMINISTRATOR, List.of()));
		ChromeDriver browser = Browsers.start(true, width);
		List<String> violations = new ArrayList<>();
		try {
			signIn(browser, created.setupCode(), username);

			browser.get(url("/office/admin/partners"));
			browser.findElement(By.id("name")).sendKeys("Hotline of the test");
			browser.findElement(By.id("country")).sendKeys("Senegal");
			browser.findElement(By.id("email")).sendKeys("not an address");
			browser.findElement(By.id("languages")).sendKeys("french");
			Browsers.submit(browser, By.cssSelector("main form button.primary"));
			assertThat(browser.findElements(By.cssSelector("#error-summary li a"))).hasSize(3);
			assertThat(focused(browser)).isEqualTo("error-summary");
			assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Hotline of the test");
			assertThat(browser.findElement(By.id("country")).getAttribute("value")).isEqualTo("Senegal");
			violations.addAll(ReportBrowserTests.axe(browser, axe, "partners refused at " + width));
			assertThat(overflow(browser)).as("partners page at " + width).isZero();
			browser.findElement(By.cssSelector("#error-summary a[href='#email']")).click();
			assertThat(focused(browser)).as("the summary's link leads to the field").isEqualTo("email");

			browser.get(url("/office/portals/new"));
			browser.findElement(By.id("slug")).sendKeys("office");
			browser.findElement(By.id("name-fr")).sendKeys("Portail du test");
			new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("language-0"))).selectByValue("fr");
			new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("language-1"))).selectByValue("fr");
			browser.findElement(By.id("partner-0-link")).sendKeys("ftp://partner.example/");
			Browsers.submit(browser, By.id("save"));
			assertThat(browser.findElements(By.cssSelector("#error-summary li a"))).hasSizeGreaterThanOrEqualTo(4);
			assertThat(focused(browser)).isEqualTo("error-summary");
			assertThat(browser.findElement(By.id("name-fr")).getAttribute("value")).isEqualTo("Portail du test");
			assertThat(browser.findElement(By.id("partner-0-link")).getAttribute("value")).isEqualTo("ftp://partner.example/");
			violations.addAll(ReportBrowserTests.axe(browser, axe, "portal refused at " + width));
			assertThat(overflow(browser)).as("portal page at " + width).isZero();
		}
		finally {
			browser.quit();
		}
		assertThat(violations).isEmpty();
	}

	private static String focused(ChromeDriver browser) {
		return String.valueOf(browser.executeScript("return document.activeElement.id;"));
	}

	/** How many CSS pixels the document is wider than the screen. */
	private static long overflow(ChromeDriver browser) {
		return (Long) browser.executeScript(
				"return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
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

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
