package org.openhotline.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AccountAdministration.AccountView;
import org.openhotline.accounts.AccountId;
import org.openhotline.accounts.AccountStatus;
import org.openhotline.accounts.AuthenticatorApp;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.tracing.HostingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator's steps on accounts over real HTTP: disabling, resetting a second factor and
 * issuing a new set-up link are confirmed on a page naming the person, never done to oneself;
 * set-up links and recovery codes are named and can be copied; refused forms show every error.
 */
class AdministratorConfirmationTests extends HostingFixtures {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void disablingIsConfirmedOnAPageNamingThePersonAndOnlyThePostFromItActs() {
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Adama Admin", administration, enrolment, CLOCK);
		AccountView other = newAccount("Bintou Analyst");
		String list = admin.get("/office/admin/accounts").body();
		String confirmPath = "/office/admin/accounts/" + other.id().value() + "/disable";
		assertThat(list).contains("href=\"" + confirmPath + "\"")
			.doesNotContain("action=\"" + confirmPath + "\"");

		HttpResponse<String> confirm = admin.get(confirmPath);
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("Disable the account of Bintou Analyst (" + other.username() + ")?",
				"every session of the account ends", "class=\"warning\"", "Yes, disable Bintou Analyst",
				"action=\"" + confirmPath + "\"", "id=\"confirm-cancel\" href=\"/office/admin/accounts\"");
		assertThat(status(other)).as("a confirmation page changes nothing").isEqualTo(AccountStatus.ACTIVE);

		HttpResponse<String> done = admin.post(confirmPath);
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(status(other)).isEqualTo(AccountStatus.DISABLED);
		assertThat(admin.follow(done).body()).as("the list says what was done")
			.contains("The account of Bintou Analyst is disabled: every session of it has ended.");
		assertThat(admin.follow(admin.post("/office/admin/accounts/" + other.id().value() + "/enable")).body())
			.contains("The account of Bintou Analyst is enabled again.");
	}

	@Test
	void resettingASecondFactorAndANewSetUpLinkAreConfirmedToo() {
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Adama Admin", administration, enrolment, CLOCK);
		AccountView other = newAccount("Chidi Supervisor");
		String base = "/office/admin/accounts/" + other.id().value();
		assertThat(admin.get(base + "/reset-second-factor").body()).contains(
				"Reset the second factor of Chidi Supervisor (" + other.username() + ")?",
				"must set up an authenticator app again", "Yes, reset the second factor of Chidi Supervisor");
		assertThat(admin.follow(admin.post(base + "/reset-second-factor")).body()).contains(
				"The second factor of Chidi Supervisor is reset: they set up an authenticator app at their next sign-in.");
		HttpResponse<String> linkPage = admin.get(base + "/setup-link");
		assertThat(linkPage.body()).contains("Issue a new set-up link for Chidi Supervisor (" + other.username() + ")?",
				"Any set-up link issued before stops working");

		HttpResponse<String> link = admin.post(base + "/setup-link");
		assertThat(link.statusCode()).isEqualTo(200);
		assertThat(link.headers().firstValue("Cache-Control")).hasValue("no-store");
		String url = OfficeHttp.text(link.body(), "setup-link");
		assertThat(link.body()).contains("The set-up link of Chidi Supervisor (" + other.username() + ")",
				"class=\"copy\" hidden data-copy=\"" + url + "\"");

		OfficeHttp person = new OfficeHttp(port);
		HttpResponse<String> setup = person.get(url.substring(url.indexOf("/office/setup/")));
		assertThat(setup.body()).contains("Set up the account of Chidi Supervisor (" + other.username() + ")");
	}

	@Test
	void anAdministratorIsNotOfferedAndIsRefusedChangesToTheirOwnAccount() {
		String name = "Self Admin " + UUID.randomUUID().toString().substring(0, 6);
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, name, administration, enrolment, CLOCK);
		AccountView self = administration.all().stream().filter(a -> a.displayName().equals(name)).findFirst().orElseThrow();
		String base = "/office/admin/accounts/" + self.id().value();

		String list = admin.get("/office/admin/accounts").body();
		String ownRow = list.substring(list.indexOf("id=\"account-" + self.username() + "\""));
		ownRow = ownRow.substring(0, ownRow.indexOf("</tr>"));
		assertThat(ownRow).contains("Your own account").doesNotContain(base + "/disable", base + "/reset-second-factor",
				base + "/setup-link");

		for (String[] step : List.of(new String[] { "/disable", "You cannot disable your own account." },
				new String[] { "/reset-second-factor", "You cannot reset your own second factor" },
				new String[] { "/setup-link", "You cannot issue yourself a set-up link" })) {
			HttpResponse<String> refused = admin.post(base + step[0]);
			assertThat(refused.statusCode()).as(step[0]).isEqualTo(302);
			assertThat(admin.follow(refused).body()).as(step[0]).contains(step[1]);
			admin.get("/office/admin/accounts");
			assertThat(admin.follow(admin.get(base + step[0])).body()).as("GET " + step[0]).contains(step[1])
				.doesNotContain("id=\"confirm-yes\"");
		}
		assertThat(status(self)).isEqualTo(AccountStatus.ACTIVE);
		assertThat(admin.get("/office").statusCode()).as("still signed in, second factor kept").isEqualTo(200);
	}

	@Test
	void theLastActiveAdministratorIsNotDisabled() {
		AccountView last = newAccount("Last Admin", Role.ADMINISTRATOR);
		transactions.executeWithoutResult(tx -> {
			tx.setRollbackOnly();
			jdbc.sql("UPDATE account SET status = 'DISABLED' WHERE role = 'ADMINISTRATOR' AND id <> :id")
				.param("id", last.id().value())
				.update();
			assertThatThrownBy(() -> administration.disable("system", last.id())).isInstanceOfSatisfying(
					StepRefused.class, r -> assertThat(r.messageKey()).isEqualTo("account.error.last-administrator"));
		});
		AccountView another = newAccount("Not Last Admin", Role.ADMINISTRATOR);
		administration.disable("system", another.id());
		assertThat(status(another)).isEqualTo(AccountStatus.DISABLED);
	}

	@Test
	void aRefusedNewAccountShowsEveryErrorAtOnceBesideTheFormAndKeepsWhatWasTyped() {
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Adama Admin", administration, enrolment, CLOCK);
		admin.get("/office/admin/accounts");
		HttpResponse<String> refused = admin.post("/office/admin/accounts", "username", "Not Valid!", "displayName", " ",
				"role", "PORTAL_PARTNER", "portals", "");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
		String form = refused.body().substring(refused.body().indexOf("id=\"create-account\""));
		assertThat(form).as("the summary is inside the form").contains("id=\"error-summary\"", "href=\"#username\"",
				"href=\"#displayName\"", "href=\"#portals\"", "id=\"username-error\"", "id=\"displayName-error\"",
				"id=\"portals-error\"", "aria-invalid=\"true\"", "value=\"Not Valid!\"", "value=\"PORTAL_PARTNER\" selected");

		AccountView taken = newAccount("Taken Name");
		admin.get("/office/admin/accounts");
		HttpResponse<String> both = admin.post("/office/admin/accounts", "username", taken.username(), "displayName", "",
				"role", "ANALYST", "portals", "ml");
		assertThat(both.statusCode()).isEqualTo(422);
		assertThat(both.body()).contains("This user name is taken.", "A name has 1 to 100 characters",
				"Only portal partners are limited to portals.", "value=\"ml\"");
	}

	@Test
	void theSetUpFormShowsEveryProblemOfThePasswordsAtOnce() {
		var created = administration.create("test", new AccountAdministration.NewAccount(
				"setup-" + UUID.randomUUID().toString().substring(0, 8), "Dede Setup", Role.ANALYST, List.of()));
		OfficeHttp person = new OfficeHttp(port);
		String path = "/office/setup/" + created.setupCode();
		person.get(path);
		HttpResponse<String> refused = person.post(path, "password", "short", "repeat", "other");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(refused.body()).contains("Set up the account of Dede Setup", "href=\"#password\"", "href=\"#repeat\"",
				"id=\"password-error\"", "id=\"repeat-error\"", "The password is too short.",
				"The two passwords are not the same.").doesNotContain("value=\"short\"", "value=\"other\"");
		assertThat(person.post(path, "password", StaffSignIn.PASSWORD, "repeat", StaffSignIn.PASSWORD).statusCode())
			.as("a refused form left the link usable").isEqualTo(302);
	}

	@Test
	void wrongCodesAndPasswordsAreShownInTheFormsSummaryAndTheRecoveryCodesCanBeCopied() {
		String username = "enrol-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create("test",
				new AccountAdministration.NewAccount(username, "Efua Enrol", Role.ANALYST, List.of()));
		administration.setPassword(created.setupCode(), StaffSignIn.PASSWORD);
		OfficeHttp browser = new OfficeHttp(port);
		browser.get("/office/sign-in");
		browser.post("/office/sign-in", "username", username, "password", StaffSignIn.PASSWORD);
		String key = OfficeHttp.text(browser.get("/office/enrol").body(), "secret");

		HttpResponse<String> wrong = browser.post("/office/enrol", "code", "000000x");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(wrong.body()).contains("id=\"error-summary\"", "href=\"#code\"", "id=\"code-error\"",
				"This code does not match");
		assertThat(OfficeHttp.text(wrong.body(), "secret")).isEqualTo(key);

		HttpResponse<String> codes = browser.post("/office/enrol", "code",
				AuthenticatorApp.withKey(key).codeAt(CLOCK.instant()));
		assertThat(codes.statusCode()).isEqualTo(200);
		String first = java.util.regex.Pattern.compile("[0-9A-Z]{5}-[0-9A-Z]{5}").matcher(codes.body()).results()
			.findFirst().orElseThrow().group();
		assertThat(codes.body()).containsPattern("class=\"copy\" hidden data-copy=\"" + first + "\\n[0-9A-Z]{5}-");

		OfficeHttp again = new OfficeHttp(port);
		again.get("/office/sign-in");
		HttpResponse<String> wrongPassword = again.post("/office/sign-in", "username", username, "password", "not it at all");
		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(wrongPassword.body().substring(wrongPassword.body().indexOf("action=\"/office/sign-in\"")))
			.as("the summary is in the form").contains("id=\"error-summary\"", "The user name or password is wrong.")
			.contains("value=\"" + username + "\"");
		again.post("/office/sign-in", "username", username, "password", StaffSignIn.PASSWORD);
		again.get("/office/sign-in/code");
		HttpResponse<String> wrongCode = again.post("/office/sign-in/code", "code", "000000");
		assertThat(wrongCode.statusCode()).isEqualTo(401);
		assertThat(wrongCode.body()).contains("id=\"error-summary\"", "href=\"#code\"", "id=\"code-error\"",
				"aria-invalid=\"true\"", "This code is wrong or was used already.");
	}

	private AccountView newAccount(String displayName) {
		return newAccount(displayName, Role.ANALYST);
	}

	private AccountView newAccount(String displayName, Role role) {
		var created = administration.create("test", new AccountAdministration.NewAccount(
				"person-" + UUID.randomUUID().toString().substring(0, 8), displayName, role, List.of()));
		return administration.find(created.id()).orElseThrow();
	}

	private AccountStatus status(AccountView account) {
		return administration.find(new AccountId(account.id().value())).orElseThrow().status();
	}
}
