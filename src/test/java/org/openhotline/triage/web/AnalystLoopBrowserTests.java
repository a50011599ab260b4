package org.openhotline.triage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AuthenticatorApp;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.portal.web.Browsers;
import org.openhotline.portal.web.PortalHttpAccess;
import org.openhotline.triage.CaseArrival;
import org.openhotline.triage.CaseQueries;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The analyst's working loop in Chromium, on a laptop and on a phone: claim next, an
 * assessment with a mistake (every error shown at once, everything kept), fixed, "save and
 * open next"; and the blind second look. Every first assessment goes to a second assessor here.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "openhotline.triage.second-assessment-share=1")
class AnalystLoopBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	CaseQueries cases;

	@Autowired
	Clock clock;

	@ParameterizedTest
	@ValueSource(ints = { 1280, 360 })
	void claimNextAssessWithAMistakeFixItAndSaveAndOpenNext(int width) throws Exception {
		Browsers.assumeAvailable(true);
		PortalHttpAccess portal = new PortalHttpAccess(port);
		for (int i = 0; i < 2; i++) {
			String address = "https://example.com/loop-" + width + "/" + UUID.randomUUID();
			portal.report(address);
			CaseArrival.awaitCase(cases, address, clock);
		}
		ChromeDriver browser = Browsers.start(true, width);
		try {
			signIn(browser, "Awa Analyst");
			claimNext(browser);
			String first = browser.getCurrentUrl();
			assertThat(browser.findElement(By.id("holder")).getText()).isEqualTo("Awa Analyst · the claim ends");

			browser.findElement(By.id("outcome-CSAM_C")).click();
			new Select(browser.findElement(By.id("ageBand"))).selectByValue("14-15");
			browser.findElement(By.id("notes")).sendKeys("Seen on the second page");
			Browsers.submit(browser, By.id("save"));

			WebElement summary = browser.findElement(By.id("error-summary"));
			assertThat(summary.findElements(By.tagName("a"))).extracting(a -> a.getAttribute("hash"))
				.containsExactly("#sexes", "#siteType", "#commercial");
			assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus moves to the summary")
				.isEqualTo("error-summary");
			assertThat(browser.findElement(By.id("outcome-CSAM_C")).isSelected()).isTrue();
			assertThat(new Select(browser.findElement(By.id("ageBand"))).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo("14-15");
			assertThat(browser.findElement(By.id("notes")).getAttribute("value")).isEqualTo("Seen on the second page");
			assertThat(browser.findElement(By.id("siteType")).getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(noWiderThanTheScreen(browser)).as("nothing wider than the screen").isTrue();
			assertThat(axe(browser)).as("axe on the refused assessment").isEmpty();

			summary.findElement(By.cssSelector("a[href='#sexes']")).click();
			browser.findElement(By.id("sex-MALE")).click();
			new Select(browser.findElement(By.id("siteType"))).selectByValue("FORUM");
			new Select(browser.findElement(By.id("commercial"))).selectByValue("false");
			Browsers.submit(browser, By.id("save-next"));

			assertThat(browser.getCurrentUrl()).as("the next case is open").isNotEqualTo(first).contains("/office/cases/");
			assertThat(browser.findElement(By.id("saved")).getText()).as("what was saved, of the case before")
				.contains("Child sexual abuse – category C", "The case is now:")
				.contains(first.substring(first.lastIndexOf('/') + 1, first.lastIndexOf('/') + 9).toUpperCase(java.util.Locale.ROOT));
			assertThat(browser.findElement(By.id("holder")).getText()).as("and claimed").isEqualTo("Awa Analyst · the claim ends");
			assertThat(browser.findElements(By.id("assess"))).hasSize(1);
			assertThat(browser.findElements(By.cssSelector("#case-steps a"))).hasSize(6);
			assertThat(noWiderThanTheScreen(browser)).isTrue();
			assertThat(axe(browser)).as("axe on the next case, with the banner").isEmpty();
		}
		finally {
			browser.quit();
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 1280, 360 })
	void theSecondAssessorDoesNotSeeTheFirstOutcomeUntilTheirsIsSaved(int width) throws Exception {
		Browsers.assumeAvailable(true);
		String address = "https://example.com/second-look-" + width + "/" + UUID.randomUUID();
		new PortalHttpAccess(port).report(address);
		String caseId = CaseArrival.awaitCase(cases, address, clock);
		OfficeHttp awa = StaffSignIn.signedIn(port, Role.ANALYST, "Awa Analyst", administration, enrolment, clock);
		awa.get("/office/cases/" + caseId);
		awa.post("/office/cases/" + caseId + "/claim");
		awa.post("/office/cases/" + caseId + "/assess", SecondLookPagesTests.CATEGORY_B);
		awa.get("/office/cases/" + caseId);
		assertThat(awa.follow(awa.post("/office/cases/" + caseId + "/claim")).body())
			.as("the first assessor cannot take the second look").contains("The second assessment must be made by someone else.");

		ChromeDriver browser = Browsers.start(true, width);
		try {
			signIn(browser, "Bintou Analyst");
			browser.get(url("/office/cases/" + caseId));
			assertThat(browser.findElement(By.id("second-look")).getText())
				.contains("A second, independent assessment is asked for");
			assertThat(browser.findElement(By.id("assessments")).getText()).doesNotContain("category B", "Awa")
				.contains("hidden until the second, independent assessment is saved");
			assertThat(axe(browser)).as("axe on the second look").isEmpty();

			Browsers.submit(browser, By.cssSelector("#claim button"));
			browser.findElement(By.id("outcome-CSAM_B")).click();
			new Select(browser.findElement(By.id("ageBand"))).selectByValue("11-13");
			browser.findElement(By.id("sex-FEMALE")).click();
			new Select(browser.findElement(By.id("siteType"))).selectByValue("IMAGE_HOST");
			new Select(browser.findElement(By.id("commercial"))).selectByValue("true");
			Browsers.submit(browser, By.id("save"));

			assertThat(browser.findElement(By.id("saved")).getText()).contains("The case is now: Assessed, action needed.");
			assertThat(browser.findElements(By.cssSelector("#assessments li"))).extracting(WebElement::getText)
				.anySatisfy(line -> assertThat(line).startsWith("First assessment: Child sexual abuse – category B · Awa Analyst"))
				.anySatisfy(line -> assertThat(line).startsWith("Second assessment: Child sexual abuse – category B · Bintou Analyst"));
			assertThat(browser.findElements(By.id("second-look"))).isEmpty();
		}
		finally {
			browser.quit();
		}
	}

	@org.junit.jupiter.api.Test
	void theHomePagesCountsFitAPhoneInFrench() {
		Browsers.assumeAvailable(false);
		ChromeDriver browser = Browsers.start(true, 360);
		try {
			browser.executeCdpCommand("Network.enable", Map.of());
			browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", "fr")));
			signIn(browser, "Awa Analyst");
			browser.get(url("/office"));

			assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
			assertThat(browser.findElement(By.id("main")).getText()).contains("En attente d’une seconde évaluation");
			Object wide = browser.executeScript("return document.documentElement.scrollWidth");
			assertThat(((Number) wide).intValue()).as("the page's width on a 360 px screen").isLessThanOrEqualTo(360);
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * "Claim next" from the queue's button when it has one; otherwise from a case page's (open
	 * the queue's first case).
	 */
	private void claimNext(ChromeDriver browser) {
		browser.get(url("/office/queue"));
		List<WebElement> inQueue = browser.findElements(By.cssSelector("form[action$='/office/queue/next'] button"));
		if (inQueue.isEmpty()) {
			browser.get(browser.findElement(By.cssSelector("a.open")).getAttribute("href"));
		}
		Browsers.submit(browser, By.cssSelector("form[action$='/office/queue/next'] button"));
	}

	private void signIn(ChromeDriver browser, String name) {
		String username = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create("test",
				new AccountAdministration.NewAccount(username, name, Role.ANALYST, List.of()));
		browser.get(url("/office/setup/" + created.setupCode()));
		browser.findElement(By.id("password")).sendKeys(StaffSignIn.PASSWORD);
		browser.findElement(By.id("repeat")).sendKeys(StaffSignIn.PASSWORD);
		Browsers.submit(browser, By.cssSelector("button[type=submit]"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(StaffSignIn.PASSWORD);
		Browsers.pressEnter(browser, By.id("password"));
		AuthenticatorApp app = AuthenticatorApp.withKey(browser.findElement(By.id("secret")).getText());
		browser.findElement(By.id("code")).sendKeys(app.codeAt(clock.instant()));
		Browsers.pressEnter(browser, By.id("code"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> axe(ChromeDriver browser) throws java.io.IOException {
		browser.executeScript(java.nio.file.Files.readString(java.nio.file.Path.of("node_modules/axe-core/axe.min.js")));
		Map<String, Object> results = (Map<String, Object>) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
				  .then(r => done({ violations: r.violations.map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', ')) }))
				  .catch(e => done({ violations: ['axe failed: ' + e] }));
				""");
		return (List<String>) results.get("violations");
	}

	private static boolean noWiderThanTheScreen(ChromeDriver browser) {
		Object fits = browser.executeScript(
				"return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
		return Boolean.TRUE.equals(fits);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
