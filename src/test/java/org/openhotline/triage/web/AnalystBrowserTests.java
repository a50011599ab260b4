package org.openhotline.triage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;


import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AuthenticatorApp;
import org.openhotline.accounts.Role;
import org.openhotline.portal.web.Browsers;
import org.openhotline.portal.web.PortalHttpAccess;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an analyst does, in Chromium: opens the set-up link, chooses a password, signs in,
 * enrols an authenticator from the page, keeps the recovery codes, finds the case a portal
 * report made, claims it and assesses it; the reporter's status page then shows the outcome.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "openhotline.triage.second-assessment-share=0")
class AnalystBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Clock clock;

	@Test
	void anAnalystEnrolsClaimsAndAssessesAndTheReporterSeesTheOutcome() throws Exception {
		Browsers.assumeAvailable(false);
		String address = "https://example.com/browser/" + UUID.randomUUID();
		String[] receipt = new PortalHttpAccess(port).report(address);
		String username = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create("test",
				new AccountAdministration.NewAccount(username, "Awa Analyst", Role.ANALYST, java.util.List.of()));
		ChromeDriver browser = Browsers.start(false);
		try {
			browser.get(url("/office/setup/" + created.setupCode()));
			browser.findElement(By.id("password")).sendKeys("lantern cobalt mango rivet");
			browser.findElement(By.id("repeat")).sendKeys("lantern cobalt mango rivet");
			Browsers.submit(browser, By.cssSelector("button[type=submit]"));
			assertThat(browser.getPageSource()).contains("Your password is saved.");

			browser.findElement(By.id("username")).sendKeys(username);
			browser.findElement(By.id("password")).sendKeys("lantern cobalt mango rivet");
			Browsers.submit(browser, By.cssSelector("main button[type=submit]"));
			assertThat(browser.findElements(By.cssSelector(".qr svg"))).hasSize(1);
			AuthenticatorApp app = AuthenticatorApp.withKey(browser.findElement(By.id("secret")).getText());
			browser.findElement(By.id("code")).sendKeys(app.codeAt(clock.instant()));
			Browsers.submit(browser, By.cssSelector("main button[type=submit]"));
			assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
			assertThat(browser.manage().getCookieNamed("__Host-openhotline")).satisfies(cookie -> {
				assertThat(cookie.isSecure()).isTrue();
				assertThat(cookie.isHttpOnly()).isTrue();
				assertThat(cookie.getSameSite()).isEqualTo("Strict");
			});

			browser.get(url("/office/queue?portal=ml"));
			assertThat(browser.findElements(By.xpath("//a[@href='" + address + "']"))).as("never a link").isEmpty();
			browser.get(browser.findElement(By.xpath("//tr[td/code[text()='" + address + "']]//a[@class='open']"))
				.getAttribute("href"));
			AssessmentPage.claimAndAssessAsActionNeeded(browser);
			assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("Assessed, action needed");

			browser.get(url("/ml/en/status"));
			browser.findElement(By.id("code")).sendKeys(receipt[1]);
			Browsers.submit(browser, By.cssSelector("button.primary"));
			assertThat(browser.findElement(By.id("report-feedback")).getText())
				.isEqualTo("Your report has been assessed, and action is being taken. Thank you.");
		}
		finally {
			browser.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
