package org.openhotline.takedown.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AuthenticatorApp;
import org.openhotline.accounts.Role;
import org.openhotline.portal.web.Browsers;
import org.openhotline.triage.web.AssessmentPage;
import org.openhotline.portal.web.PortalHttpAccess;
import org.openhotline.tracing.HostingFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

/**
 * The takedown path as a supervisor walks it in Chromium: a portal report, the assessment,
 * the trace, the proposed notices sent (seen arriving in GreenMail), a re-notice a day later,
 * the removal confirmed, and the figures counting it. The reported address is never contacted.
 */
class TakedownBrowserTests extends HostingFixtures {

	static GreenMail smtp;

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@BeforeAll
	static void startSmtp() {
		smtp = startedSmtpServer();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void reportAssessTraceNotifyRenotifyRemoveAndCount() throws Exception {
		Browsers.assumeAvailable(false);
		String address = "http://elsewhere.example/gallery/" + UUID.randomUUID();
		new PortalHttpAccess(port).report(address);
		String username = "supervisor-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create("test",
				new AccountAdministration.NewAccount(username, "Sira Supervisor", Role.SUPERVISOR, java.util.List.of()));
		ChromeDriver browser = Browsers.start(false);
		try {
			AuthenticatorApp app = signIn(browser, created.setupCode(), username);

			browser.get(url("/office/queue?portal=ml"));
			browser.get(browser.findElement(By.xpath("//tr[td/code[text()='" + address + "']]//a[@class='open']"))
				.getAttribute("href"));
			String casePage = browser.getCurrentUrl();
			AssessmentPage.claimAndAssessAsActionNeeded(browser);

			// the trace runs on its own after the assessment
			await().atMost(Duration.ofSeconds(20)).until(() -> {
				browser.get(casePage + "/hosting");
				return !browser.findElements(By.id("trace-outcome")).isEmpty();
			});
			assertThat(browser.findElement(By.id("trace-country")).getText()).isEqualTo("DE");
			assertThat(browser.findElement(By.id("trace-network")).getText()).contains("AS64504");
			assertThat(browser.findElement(By.id("trace-host-contact")).getText()).contains("abuse@hosting-de.example");
			assertThat(browser.findElement(By.id("attribution")).getText()).contains("iptoasn.com");

			browser.get(casePage + "/actions");
			Browsers.submit(browser, By.cssSelector("#send button[type=submit]"));
			assertThat(browser.findElement(By.id("notice")).getText()).contains("outbox");
			await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout(address).length == 2);

			CLOCK.advance(Duration.ofHours(25));
			await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout(address).length == 3);
			assertThat(Arrays.stream(mailsAbout(address)).map(TakedownBrowserTests::subject))
				.anyMatch(s -> s.contains("Reminder 2"));
			// a day later the session has long ended: sign in again
			browser.get(url("/office/sign-in"));
			browser.findElement(By.id("username")).sendKeys(username);
			browser.findElement(By.id("password")).sendKeys("lantern cobalt mango rivet");
			Browsers.submit(browser, By.cssSelector("main button[type=submit]"));
			browser.findElement(By.id("code")).sendKeys(app.codeAt(CLOCK.instant()));
			Browsers.submit(browser, By.cssSelector("main button[type=submit]"));
			browser.get(casePage + "/actions");
			assertThat(browser.findElement(By.id("actions")).getText()).contains("Notice again");

			Browsers.submit(browser, By.cssSelector("#remove button[type=submit]"));
			assertThat(browser.findElement(By.id("removed")).getText()).contains(username);

			browser.get(url("/office/takedown/figures"));
			assertThat(browser.findElement(By.id("figures-network")).getText()).contains("AS64504");
			assertThat(browser.findElement(By.id("figures-country")).getText()).contains("DE");
		}
		finally {
			browser.quit();
		}
		assertThat(CANARY.requests()).isZero();
	}

	private AuthenticatorApp signIn(ChromeDriver browser, String setupCode, String username) {
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
		return app;
	}

	private static MimeMessage[] mailsAbout(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> body(m).contains(address)).toArray(MimeMessage[]::new);
	}

	private static String body(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
