package org.openhotline.triage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AuthenticatorApp;
import org.openhotline.accounts.Role;
import org.openhotline.intake.ReportReceived;
import org.openhotline.portal.web.Browsers;
import org.openhotline.triage.internal.CaseRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The queue's keys in Chromium, at 1280 and at 360 px: j and k move through the cases (the
 * case is marked and focused), o opens it, c sends the "claim next" form, / goes to the
 * filters; none of them does anything while typing in a field. The page passes axe and, on a
 * phone, is no wider than the screen (the table scrolls inside its own box).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class QueueBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	CaseRepository cases;

	@Autowired
	Clock clock;

	@ParameterizedTest
	@ValueSource(ints = { 1280, 360 })
	void theKeysMoveOpenClaimAndFilterButNeverWhileTyping(int width) throws Exception {
		Browsers.assumeAvailable(true);
		String portal = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		for (int i = 0; i < 3; i++) {
			report(portal, i);
		}
		ChromeDriver browser = Browsers.start(true, width);
		try {
			signIn(browser);
			browser.get(url("/office/queue?portal=" + portal));
			List<WebElement> rows = browser.findElements(By.cssSelector("#cases tbody tr"));
			assertThat(rows).hasSize(3);
			List<String> ids = rows.stream().map(row -> row.getAttribute("id")).toList();
			assertThat(browser.findElement(By.id("queue-shortcuts")).isDisplayed()).as("the keys' hint, on a screen with a keyboard")
				.isEqualTo(width > 640);

			keys(browser, "j");
			assertThat(current(browser)).isEqualTo(ids.get(0));
			assertThat(browser.switchTo().activeElement().getAttribute("class")).isEqualTo("open");
			keys(browser, "jj");
			assertThat(current(browser)).isEqualTo(ids.get(2));
			keys(browser, "jk");
			assertThat(current(browser)).isEqualTo(ids.get(1));
			assertThat(browser.findElements(By.cssSelector("#cases tr.current"))).hasSize(1);
			new Actions(browser).keyDown(Keys.ALT).sendKeys("j").keyUp(Keys.ALT).perform();
			new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
			assertThat(current(browser)).as("the browser's own keys are left alone").isEqualTo(ids.get(1));

			WebElement original = browser.findElement(By.id("original"));
			original.click();
			original.sendKeys("jkoc/x");
			assertThat(original.getAttribute("value")).as("typed, not taken as keys").isEqualTo("jkoc/x");
			assertThat(current(browser)).isEqualTo(ids.get(1));
			assertThat(browser.getCurrentUrl()).endsWith("/office/queue?portal=" + portal);

			leaveTheField(browser);
			keys(browser, "/");
			WebElement filter = browser.switchTo().activeElement();
			assertThat((Boolean) browser.executeScript(
					"return document.activeElement === document.querySelector('#queue-filter input')"))
				.as("the first control of the filter bar").isTrue();
			filter.sendKeys("jjo");
			assertThat(current(browser)).as("a filter control has the keys").isEqualTo(ids.get(1));
			assertThat(browser.getCurrentUrl()).endsWith("/office/queue?portal=" + portal);

			List<String> violations = axe(browser);
			assertThat(violations).isEmpty();
			if (width == 360) {
				assertThat((Boolean) browser.executeScript(
						"return document.documentElement.scrollWidth <= window.innerWidth"))
					.as("no wider than the phone's screen").isTrue();
			}

			leaveTheField(browser);
			keys(browser, "jo");
			new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/office/cases/"));
			assertThat(browser.getCurrentUrl()).as("j moves on from the case marked before (the second): the third")
				.endsWith("/office/cases/" + ids.get(2).substring(5));

			browser.get(url("/office/queue?portal=" + portal));
			// "claim next" is another page's endpoint: the form is sent here to the queue itself, as a GET
			browser.executeScript("var f = document.getElementById('claim-next'); f.method = 'get'; f.action = '/office/queue';"
					+ " f.insertAdjacentHTML('beforeend', '<input type=hidden name=claimed value=sent>');");
			keys(browser, "c");
			new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("claimed=sent"));

			// a filter that shows no case: "c" still asks for the next one (and is told there is none)
			browser.get(url("/office/queue?portal=zz-none-" + width));
			assertThat(browser.findElements(By.cssSelector("#cases tbody tr"))).isEmpty();
			keys(browser, "c");
			new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("case-notice")).isEmpty());
		}
		finally {
			browser.quit();
		}
	}

	/** As a click beside the fields does (a tap on a phone moves no focus). */
	private static void leaveTheField(ChromeDriver browser) {
		browser.executeScript("document.activeElement.blur()");
	}

	private static void keys(ChromeDriver browser, String keys) {
		new Actions(browser).sendKeys(keys).perform();
	}

	private static String current(ChromeDriver browser) {
		List<WebElement> current = browser.findElements(By.cssSelector("#cases tr.current"));
		return current.isEmpty() ? "" : current.get(0).getAttribute("id");
	}

	@SuppressWarnings("unchecked")
	private static List<String> axe(ChromeDriver browser) throws Exception {
		browser.executeScript(Files.readString(Path.of("node_modules/axe-core/axe.min.js")));
		Map<String, Object> results = (Map<String, Object>) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
				  .then(r => done({ violations: r.violations.map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', ')) }))
				  .catch(e => done({ violations: ['axe failed: ' + e] }));
				""");
		return (List<String>) results.get("violations");
	}

	/** A supervisor (who also has the "duplicate of" field to type in), signed in from the set-up link. */
	private void signIn(ChromeDriver browser) {
		String username = "supervisor-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create("test",
				new AccountAdministration.NewAccount(username, "Kadi Supervisor", Role.SUPERVISOR, List.of()));
		browser.get(url("/office/setup/" + created.setupCode()));
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

	private void report(String portal, int daysAgo) {
		String url = "https://example.com/keys/" + UUID.randomUUID();
		ReportReceived report = new ReportReceived(UUID.randomUUID(), portal, "fr",
				clock.instant().minus(Duration.ofDays(daysAgo)),
				List.of(new ReportReceived.Item(url, url, "example.com", "example.com", List.of())));
		cases.join(report, report.items().get(0));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
