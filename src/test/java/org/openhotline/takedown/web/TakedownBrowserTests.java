package org.openhotline.takedown.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AuthenticatorApp;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.accounts.Role;
import org.openhotline.portal.web.Browsers;
import org.openhotline.triage.web.AssessmentPage;
import org.openhotline.portal.web.PortalHttpAccess;
import org.openhotline.tracing.HostingFixtures;
import org.openhotline.tracing.HostingTraces;
import org.openhotline.triage.CaseArrival;
import org.openhotline.triage.CaseQueries;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

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

	@Autowired
	Enrolment enrolment;

	@Autowired
	CaseQueries cases;

	@Autowired
	HostingTraces traces;

	@Autowired
	JdbcClient jdbc;

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
			assertThat(browser.findElement(By.id("to-send")).getText()).contains("abuse@hosting-de.example");
			Browsers.submit(browser, By.cssSelector("#confirm-send button[type=submit]"));
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

			browser.findElement(By.id("state-removed")).click();
			Browsers.submit(browser, By.cssSelector("#check button[type=submit]"));
			Browsers.submit(browser, By.cssSelector("#confirm-removal button[type=submit]"));
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

	/**
	 * Sent once through its check page, a notice shows as sent on the case's page and is not
	 * offered again; the same check page, still open in a second tab and sent again, sends
	 * nothing more.
	 */
	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 360 })
	void aNoticeCannotBeSentTwice(int width) throws Exception {
		Browsers.assumeAvailable(false);
		String caseId = readyCase("http://elsewhere.example/once/" + UUID.randomUUID());
		String username = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create("test",
				new AccountAdministration.NewAccount(username, "Ana Analyst", Role.ANALYST, java.util.List.of()));
		ChromeDriver browser = Browsers.start(true, width);
		try {
			signIn(browser, created.setupCode(), username);
			String actions = url("/office/cases/" + caseId + "/actions");
			browser.get(actions);
			assertThat(browser.findElement(By.cssSelector("input[name=chosen][value='HOST_NOTICE:host']")).isSelected()).isTrue();
			Browsers.submit(browser, By.cssSelector("#send button[type=submit]"));
			assertThat(browser.findElement(By.id("to-send")).getText()).contains("abuse@hosting-de.example",
					"referrals@international-police.example");
			assertThat(browser.findElements(By.id("example-warning"))).hasSize(1);
			String first = browser.getWindowHandle();
			// the same check page in a second tab
			browser.switchTo().newWindow(WindowType.TAB);
			browser.get(actions);
			Browsers.submit(browser, By.cssSelector("#send button[type=submit]"));
			String second = browser.getWindowHandle();

			browser.switchTo().window(first);
			Browsers.submit(browser, By.cssSelector("#confirm-send button[type=submit]"));
			assertThat(browser.findElements(By.id("notice"))).hasSize(1);
			assertThat(browser.findElements(By.cssSelector("input[name=chosen][value='HOST_NOTICE:host']")))
				.as("sent: no longer offered").isEmpty();
			assertThat(browser.findElement(By.id("proposal-0")).getText()).contains("abuse@hosting-de.example");
			assertThat(browser.findElement(By.cssSelector("#proposal-0 .tag.green")).isDisplayed()).isTrue();
			assertThat(browser.findElement(By.cssSelector("#proposal-0 time")).getAttribute("datetime")).endsWith("Z");
			assertThat(actions(caseId)).isEqualTo(2);

			browser.switchTo().window(second);
			Browsers.submit(browser, By.cssSelector("#confirm-send button[type=submit]"));
			assertThat(browser.findElement(By.id("error-summary")).isDisplayed()).isTrue();
			assertThat(browser.findElements(By.cssSelector("input[name=chosen][value='HOST_NOTICE:host']"))).isEmpty();
			assertThat(actions(caseId)).as("nothing sent twice").isEqualTo(2);
			assertThat(jdbc.sql("SELECT count(*) FROM notice_mail m JOIN takedown_action a ON a.id = m.action_id "
					+ "WHERE a.case_id = :id").param("id", UUID.fromString(caseId)).query(Integer.class).single())
				.isEqualTo(2);
		}
		finally {
			browser.quit();
		}
	}

	private int actions(String caseId) {
		return jdbc.sql("SELECT count(*) FROM takedown_action WHERE case_id = :id").param("id", UUID.fromString(caseId))
			.query(Integer.class).single();
	}

	/** A reported case, assessed as needing action and traced (over HTTP): its notices proposed, nothing sent. */
	private String readyCase(String address) throws Exception {
		new PortalHttpAccess(port).report(address);
		String caseId = CaseArrival.awaitCase(cases, address, CLOCK);
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Sora Supervisor", administration, enrolment,
				CLOCK);
		supervisor.get("/office/cases/" + caseId);
		supervisor.post("/office/cases/" + caseId + "/claim");
		supervisor.get("/office/cases/" + caseId);
		supervisor.post("/office/cases/" + caseId + "/assess", "outcome", "CSAM_B", "ageBand", "11-13", "sexes", "FEMALE",
				"siteType", "IMAGE_HOST", "commercial", "false", "notes", "");
		await().atMost(Duration.ofSeconds(20)).until(() -> traces.of(UUID.fromString(caseId)).isPresent());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !supervisor.get("/office/cases/" + caseId + "/actions").body().contains("id=\"not-ready\""));
		return caseId;
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
