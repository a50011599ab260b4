package org.openhotline.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AccountId;
import org.openhotline.accounts.AccountStatus;
import org.openhotline.accounts.AuthenticatorApp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.portal.web.Browsers;
import org.openhotline.tracing.HostingFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator's confirmations in Chromium, on a desktop and a phone screen:
 * disabling another account goes through a page naming them, where "cancel" changes nothing
 * and "yes" disables; their own row offers no such step, and a disabling of their own account
 * posted anyway is refused.
 */
class AdministratorBrowserTests extends HostingFixtures {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 360 })
	void disablingAnotherAccountIsConfirmedAndOnesOwnIsNeverOffered(int width) {
		Browsers.assumeAvailable(false);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String adminName = "admin-" + suffix;
		var admin = administration.create("test",
				new AccountAdministration.NewAccount(adminName, "Adama Admin " + suffix, Role.ADMINISTRATOR, List.of()));
		var other = administration.create("test",
				new AccountAdministration.NewAccount("bintou-" + suffix, "Bintou Analyst " + suffix, Role.ANALYST, List.of()));
		ChromeDriver browser = Browsers.start(true, width);
		try {
			signIn(browser, admin.setupCode(), adminName);
			browser.get(url("/office/admin/accounts"));
			WebElement ownRow = browser.findElement(By.id("account-" + adminName));
			assertThat(ownRow.findElements(By.cssSelector("a.disable, a.reset-second-factor, a.setup-link")))
				.as("no step on one's own row").isEmpty();
			assertThat(ownRow.findElements(By.cssSelector("form"))).isEmpty();
			Object brokenWords = browser.executeScript("""
					return [...arguments[0].querySelectorAll('td')].filter(td => /^[^\\s-]+$/.test(td.innerText.trim()))
					  .filter(td => { const w = document.createTreeWalker(td, NodeFilter.SHOW_TEXT); const r = document.createRange();
					    for (let t = w.nextNode(); t; t = w.nextNode()) {
					      if (t.textContent.trim()) { r.selectNodeContents(t); if (r.getClientRects().length > 1) { return true; } } }
					    return false; })
					  .map(td => td.innerText);
					""", ownRow);
			assertThat((List<?>) brokenWords).as("one-word cells (no space, no hyphen) broken inside the word at %d px", width).isEmpty();

			openDisable(browser, "bintou-" + suffix);
			assertThat(browser.findElement(By.id("confirm-title")).getText()).contains("Bintou Analyst " + suffix,
					"bintou-" + suffix);
			WebElement yes = browser.findElement(By.id("confirm-yes"));
			assertThat(yes.getAttribute("class")).isEqualTo("warning");
			assertThat(yes.getText()).isEqualTo("Yes, disable Bintou Analyst " + suffix);
			assertThat(fitsTheScreen(browser)).as("no sideways scrolling at %d px", width).isTrue();

			Browsers.submit(browser, By.id("confirm-cancel"));
			assertThat(browser.getCurrentUrl()).endsWith("/office/admin/accounts");
			assertThat(status(other.id())).as("cancel keeps them active").isEqualTo(AccountStatus.ACTIVE);

			openDisable(browser, "bintou-" + suffix);
			Browsers.submit(browser, By.id("confirm-yes"));
			assertThat(status(other.id())).isEqualTo(AccountStatus.DISABLED);
			assertThat(browser.findElement(By.id("account-bintou-" + suffix)).getText()).contains("Disabled");

			// a disabling of one's own account posted anyway (an old page, a crafted form) is refused
			browser.executeScript("""
					var form = document.createElement('form');
					form.method = 'post';
					form.action = arguments[0];
					var token = document.createElement('input');
					token.type = 'hidden';
					token.name = '_csrf';
					token.value = document.querySelector('input[name=_csrf]').value;
					form.appendChild(token);
					document.body.appendChild(form);
					form.submit();
					""", "/office/admin/accounts/" + admin.id().value() + "/disable");
			new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
				.until(d -> !d.findElements(By.id("error-summary")).isEmpty());
			assertThat(browser.findElement(By.id("error-summary")).getText())
				.contains("You cannot disable your own account.");
			assertThat(status(admin.id())).isEqualTo(AccountStatus.ACTIVE);
		}
		finally {
			browser.quit();
		}
	}

	private void openDisable(ChromeDriver browser, String username) {
		Browsers.submit(browser, By.cssSelector("#account-" + username + " a.disable"));
	}

	private static boolean fitsTheScreen(ChromeDriver browser) {
		return (Boolean) browser.executeScript(
				"return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
	}

	private AccountStatus status(AccountId id) {
		return administration.find(id).orElseThrow().status();
	}

	private void signIn(ChromeDriver browser, String setupCode, String username) {
		browser.get(url("/office/setup/" + setupCode));
		browser.findElement(By.id("password")).sendKeys(StaffSignIn.PASSWORD);
		browser.findElement(By.id("repeat")).sendKeys(StaffSignIn.PASSWORD);
		Browsers.submit(browser, By.cssSelector("main button[type=submit]"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(StaffSignIn.PASSWORD);
		Browsers.submit(browser, By.cssSelector("main button[type=submit]"));
		AuthenticatorApp app = AuthenticatorApp.withKey(browser.findElement(By.id("secret")).getText());
		browser.findElement(By.id("code")).sendKeys(app.codeAt(CLOCK.instant()));
		Browsers.submit(browser, By.cssSelector("main button[type=submit]"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
