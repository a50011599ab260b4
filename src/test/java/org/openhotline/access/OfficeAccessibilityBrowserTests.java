package org.openhotline.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AuthenticatorApp;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.organisations.Organisations;
import org.openhotline.portal.web.Browsers;
import org.openhotline.tracing.HostingFixtures;
import org.openhotline.tracing.HostingTraces;
import org.openhotline.triage.CaseQueries;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every back-office page in Chromium, as each staff role signs in and sees it: every GET page
 * of the access table the role may see ({@link OfficeWalk}), the office home, a missing page
 * and a refused one, each at 1280 px and at 360 px. On each: no WCAG 2.2 A/AA violation axe-core
 * finds, the first Tab reaches the skip link, and the page is no wider than the screen, at 360 px
 * too (a wide table scrolls inside its {@code .table-wrap}, the page does not). Each page is loaded
 * once and laid out at both widths, and each role signs in once, to keep the walk short.
 */
class OfficeAccessibilityBrowserTests extends HostingFixtures {

	private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");

	private static final int[] WIDTHS = { 1280, 360 };

	private static final String SAMPLES = """
			const samples = document.createElement('section');
			samples.innerHTML = '<h2>Samples</h2><p>'
			  + ['', 'blue', 'green', 'red', 'orange', 'grey', 'yellow', 'stale'].map(c => '<strong class="tag ' + c + '">Tag ' + c + '</strong>').join(' ')
			  + '</p><table><thead><tr><th scope="col">Heading <a href="#main">link</a></th></tr></thead>'
			  + '<tbody><tr><td><a href="#main">A link</a> <button class="link" type="button">A button</button></td></tr></tbody></table>'
			  + '<div class="banner warning"><p>Warning, <a href="#main">a link</a></p></div>'
			  + '<div class="banner success"><p>Saved, <a href="#main">a link</a></p></div>'
			  + '<p class="hint">A hint</p><p class="small">Small print</p><p class="error">An error</p>'
			  + '<div class="button-group"><button class="primary" type="button">Primary</button>'
			  + '<button class="warning" type="button">Warning</button><button type="button">Secondary</button></div>';
			document.getElementById('main').appendChild(samples);
			""";

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

	@Autowired
	Organisations organisations;

	@Test
	void everyOfficePageIsAxeCleanReachableByKeyboardAndFitsA360PixelScreen() throws Exception {
		Browsers.assumeAvailable(true);
		String axe = Files.readString(AXE);
		OfficeWalk walk = OfficeWalk.prepare(port, administration, enrolment, cases, traces, jdbc, organisations);
		List<String> walked = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		long started = System.nanoTime();
		ChromeDriver browser = Browsers.start(true, 1280);
		try {
			for (String role : OfficeWalk.ROLES) {
				browser.manage().deleteAllCookies();
				signIn(browser, role);
				List<String[]> pages = new ArrayList<>();
				for (String path : OfficeWalk.pages(role)) {
					pages.add(new String[] { path, walk.concrete(path), "200" });
				}
				if (role.equals("partner")) {
					pages.add(new String[] { "(refused page)", "/office/queue", "403" });
				}
				else {
					pages.add(new String[] { "(missing case)", "/office/cases/" + UUID.randomUUID(), "404" });
				}
				if (role.equals("analyst")) {
					pages.add(new String[] { "(refused page)", "/office/takedown/figures", "403" });
				}
				for (String[] page : pages) {
					String name = role + " " + page[0];
					problems.addAll(check(browser, axe, name, page[1], Integer.parseInt(page[2]), walked.isEmpty()));
					walked.add(name);
				}
			}
		}
		finally {
			browser.quit();
		}
		System.out.printf("Office accessibility walk: %d pages at %d widths in %d s%n", walked.size(), WIDTHS.length,
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
		assertThat(walked).as("the pages walked").contains("analyst /office", "analyst /office/queue",
				"analyst /office/cases/{id}", "analyst /office/cases/{id}/hosting", "analyst /office/cases/{id}/actions",
				"analyst /office/cases/{id}/url-list", "supervisor /office/takedown/figures",
				"administrator /office/admin/accounts", "administrator /office/admin/audit",
				"administrator /office/admin/partners/{id}", "administrator /office/organisations/{id}",
				"administrator /office/portals/{slug}", "partner /office/statistics", "analyst (missing case)",
				"partner (refused page)");
		assertThat(problems).as("axe, keyboard and width on the %d office pages walked:%n  %s", walked.size(),
				String.join("\n  ", walked)).isEmpty();
	}

	/**
	 * The page's problems at each width; the page is loaded once. With {@code samples}, the
	 * page shows a tag of each colour, links in a table and in a warning banner, so that
	 * office.css's colours are checked before a page uses them.
	 */
	private List<String> check(ChromeDriver browser, String axe, String name, String path, int status, boolean samples) {
		List<String> problems = new ArrayList<>();
		width(browser, WIDTHS[0]);
		browser.get(url(path));
		Object answered = browser.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
		if (((Number) answered).intValue() != status) {
			problems.add(name + " (GET " + path + "): answered " + answered + ", not " + status);
		}
		new Actions(browser).sendKeys(Keys.TAB).perform();
		Object focused = browser.executeScript("""
				const e = document.activeElement;
				const skip = e && e.matches('a.skip[href="#main"]') && document.getElementById('main') !== null;
				const what = e ? e.outerHTML.substring(0, 80) : 'nothing';
				if (e) { e.blur(); }
				return skip ? 'skip' : what;
				""");
		if (!"skip".equals(focused)) {
			problems.add(name + " (GET " + path + "): the first Tab reaches " + focused + ", not the skip link to #main");
		}
		if (samples) {
			browser.executeScript(SAMPLES);
		}
		for (int width : WIDTHS) {
			width(browser, width);
			String where = width + " px " + name + " (GET " + path + ")";
			problems.addAll(overflow(browser, where, width));
			problems.addAll(axe(browser, axe, where));
		}
		return problems;
	}

	/**
	 * Lays the page out for a screen {@code width} CSS pixels wide. Not as a phone would (a
	 * phone widens its layout to a page too wide and zooms out), so that a page wider than the
	 * screen is measured as such and the elements that stick out can be named.
	 */
	private static void width(ChromeDriver browser, int width) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", width < 400 ? 640 : 800, "deviceScaleFactor", 1, "mobile", false));
	}

	@SuppressWarnings("unchecked")
	private static List<String> overflow(ChromeDriver browser, String where, int width) {
		List<Object> measured = (List<Object>) browser.executeScript("""
				const root = document.documentElement;
				const wide = [];
				const scrolls = e => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX);
				for (const e of document.body.querySelectorAll('*')) {
				  if (e.getBoundingClientRect().right <= innerWidth + 1 || wide.length >= 5) continue;
				  let inside = false;
				  for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
				    if (scrolls(p) || p.getBoundingClientRect().right > innerWidth + 1) { inside = true; break; }
				  }
				  if (!inside) wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
				      + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');
				}
				return [root.scrollWidth, innerWidth, wide.join(', ')];
				""");
		int scrollWidth = ((Number) measured.get(0)).intValue();
		int innerWidth = ((Number) measured.get(1)).intValue();
		List<String> problems = new ArrayList<>();
		if (innerWidth != width) {
			problems.add(where + ": the screen is " + innerWidth + " px wide, not " + width);
		}
		if (scrollWidth > innerWidth + 1) {
			problems.add(where + ": the page is " + scrollWidth + " px wide on a " + innerWidth
					+ " px screen; wider than the screen: " + measured.get(2));
		}
		return problems;
	}

	@SuppressWarnings("unchecked")
	private static List<String> axe(ChromeDriver browser, String axeSource, String where) {
		if (Boolean.TRUE.equals(browser.executeScript("return typeof axe === 'undefined';"))) {
			browser.executeScript(axeSource);
		}
		Map<String, Object> results = (Map<String, Object>) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
				  .then(r => done({ passes: r.passes.length, violations: r.violations.map(v => v.id + ': ' + v.help + ' at '
				    + v.nodes.map(n => n.target.join(' ')).join(', ') + ' (' + v.nodes[0].failureSummary.replace(/\\s+/g, ' ').substring(0, 300) + ')') }))
				  .catch(e => done({ violations: ['axe failed: ' + e] }));
				""");
		List<String> violations = new ArrayList<>(((List<String>) results.get("violations")).stream().map(v -> where + ": " + v).toList());
		if (results.get("passes") instanceof Number passes && passes.intValue() == 0) {
			violations.add(where + ": axe checked nothing");
		}
		return violations;
	}

	/** Signs a new account of the role in, in the browser: password, then the authenticator enrolled from the page. */
	private void signIn(ChromeDriver browser, String role) {
		String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create("test", new AccountAdministration.NewAccount(username, "Walk " + role,
				OfficeWalk.role(role), role.equals("partner") ? List.of("ml") : List.of()));
		administration.setPassword(created.setupCode(), StaffSignIn.PASSWORD);
		width(browser, WIDTHS[0]);
		browser.get(url("/office/sign-in"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(StaffSignIn.PASSWORD);
		Browsers.submit(browser, By.cssSelector("main button[type=submit]"));
		AuthenticatorApp app = AuthenticatorApp.withKey(browser.findElement(By.id("secret")).getText());
		browser.findElement(By.id("code")).sendKeys(app.codeAt(CLOCK.instant()));
		Browsers.submit(browser, By.cssSelector("main button[type=submit]"));
		assertThat(browser.findElements(By.id("recovery-codes"))).as("%s signed in and enrolled", role).hasSize(1);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
