package org.openhotline.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.openhotline.accounts.internal.Account;
import org.openhotline.accounts.internal.AccountRepository;
import org.openhotline.accounts.internal.Sealing;
import org.openhotline.accounts.internal.Totp;
import org.junit.jupiter.api.BeforeEach;
import org.openhotline.MutableClock;
import org.openhotline.shared.validation.StepRefused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff sign-in over real HTTP, sessions in PostgreSQL, on a clock the test moves: set-up
 * link, password, enrolment of an authenticator, recovery codes, codes used once only,
 * growing waits after failures, session fixation, idle and absolute time-outs, and sign-out
 * or disabling that ends every session of the person at once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInFlowTests {

	static final String PASSWORD = "lantern cobalt mango rivet";

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Enrolment enrolment;

	String username;

	AccountId id;

	@BeforeEach
	void newAccount() {
		username = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create("test",
				new AccountAdministration.NewAccount(username, "Awa Analyst", Role.ANALYST, List.of()));
		administration.setPassword(created.setupCode(), PASSWORD);
		id = created.id();
	}

	@Test
	void firstSignInEnrolsAnAuthenticatorThenShowsRecoveryCodesOnce() {
		OfficeHttp browser = new OfficeHttp(port);
		browser.get("/office/sign-in");
		String anonymousSession = browser.session();

		HttpResponse<String> afterPassword = browser.post("/office/sign-in", "username", username, "password", PASSWORD);
		assertThat(afterPassword.statusCode()).isEqualTo(302);
		assertThat(afterPassword.headers().firstValue("Location")).get().asString().endsWith("/office/enrol");
		assertThat(browser.session()).as("a new session id once the password is accepted").isNotEqualTo(anonymousSession);
		String cookie = OfficeHttp.setCookie(afterPassword);
		assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Strict", "Path=/").doesNotContain("Domain");

		byte[] secret = enrolmentSecret(browser);
		String passwordSession = browser.session();
		HttpResponse<String> codes = browser.post("/office/enrol", "code", new Totp().code(secret, clock.instant()));
		assertThat(codes.statusCode()).as("the codes are in the answer itself, not kept for a redirect").isEqualTo(200);
		assertThat(codes.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(codes.body()).containsPattern("[0-9A-Z]{5}-[0-9A-Z]{5}");
		assertThat(browser.session()).as("a new session id at sign-in").isNotEqualTo(passwordSession);
		HttpResponse<String> home = browser.get("/office");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Signed in as Awa Analyst (Analyst).");
	}

	@Test
	void anAuthenticatorCodeWorksOnceAndARecoveryCodeReplacesIt() {
		OfficeHttp first = new OfficeHttp(port);
		List<String> recoveryCodes = enrol(first);
		clock.advance(Duration.ofSeconds(30));
		String code = new Totp().code(secretOf(), clock.instant());

		OfficeHttp second = new OfficeHttp(port);
		second.get("/office/sign-in");
		second.post("/office/sign-in", "username", username, "password", PASSWORD);
		second.get("/office/sign-in/code");
		assertThat(second.post("/office/sign-in/code", "code", code).statusCode()).isEqualTo(302);

		OfficeHttp third = new OfficeHttp(port);
		third.get("/office/sign-in");
		third.post("/office/sign-in", "username", username, "password", PASSWORD);
		third.get("/office/sign-in/code");
		HttpResponse<String> replay = third.post("/office/sign-in/code", "code", code);
		assertThat(replay.statusCode()).as("the same code a second time").isEqualTo(401);
		assertThat(replay.body()).contains("This code is wrong or was used already.");

		HttpResponse<String> recovery = third.post("/office/sign-in/code", "code", recoveryCodes.get(0).toLowerCase());
		assertThat(recovery.statusCode()).isEqualTo(302);
		assertThat(third.get("/office").statusCode()).isEqualTo(200);

		OfficeHttp fourth = new OfficeHttp(port);
		fourth.get("/office/sign-in");
		fourth.post("/office/sign-in", "username", username, "password", PASSWORD);
		fourth.get("/office/sign-in/code");
		assertThat(fourth.post("/office/sign-in/code", "code", recoveryCodes.get(0)).statusCode())
			.as("a recovery code works once").isEqualTo(401);
	}

	@Test
	void repeatedFailuresMakeTheAccountWaitLongerEachTimeButNeverForever() {
		OfficeHttp browser = new OfficeHttp(port);
		browser.get("/office/sign-in");
		for (int i = 0; i < 2; i++) {
			assertThat(browser.post("/office/sign-in", "username", username, "password", "wrong " + i).statusCode())
				.isEqualTo(401);
		}
		HttpResponse<String> third = browser.post("/office/sign-in", "username", username, "password", "wrong 2");
		assertThat(third.statusCode()).as("the third failure starts the wait").isEqualTo(429);
		assertThat(third.body()).contains("Too many failed attempts.");
		assertThat(lockedFor()).isEqualTo(Duration.ofSeconds(30));
		assertThat(browser.post("/office/sign-in", "username", username, "password", PASSWORD).statusCode())
			.as("even the right password waits").isEqualTo(429);

		clock.advance(Duration.ofSeconds(31));
		assertThat(browser.post("/office/sign-in", "username", username, "password", "wrong 4").statusCode()).isEqualTo(429);
		assertThat(lockedFor()).isEqualTo(Duration.ofSeconds(60));
		for (int i = 0; i < 10; i++) {
			clock.advance(Duration.ofHours(1));
			browser.post("/office/sign-in", "username", username, "password", "wrong again");
		}
		assertThat(lockedFor()).as("capped").isEqualTo(Duration.ofMinutes(15));

		clock.advance(Duration.ofMinutes(16));
		assertThat(browser.post("/office/sign-in", "username", username, "password", PASSWORD).statusCode())
			.as("the person gets in once the wait is over").isEqualTo(302);
	}

	@Test
	void anUnknownUserNameGetsTheSameAnswerAsAWrongPassword() {
		OfficeHttp browser = new OfficeHttp(port);
		browser.get("/office/sign-in");

		HttpResponse<String> unknown = browser.post("/office/sign-in", "username", "nobody-" + UUID.randomUUID().toString().substring(0, 8), "password", PASSWORD);
		HttpResponse<String> wrong = browser.post("/office/sign-in", "username", username, "password", "not it at all");

		assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(401);
		assertThat(errorOf(unknown)).isEqualTo(errorOf(wrong)).isEqualTo("The user name or password is wrong.");
	}

	@Test
	void parallelWrongPasswordsAreNeverCheckedBeyondTheAllowance() throws Exception {
		List<OfficeHttp> browsers = browsers(30);
		for (OfficeHttp browser : browsers) {
			browser.get("/office/sign-in");
		}

		List<Integer> statuses = atOnce(browsers, (browser, i) -> browser.post("/office/sign-in", "username", username,
				"password", "wrong guess " + i).statusCode());

		assertThat(checkedFailures("wrong password")).as("passwords checked before the wait applied").isEqualTo(3);
		assertThat(failedSignIns()).isEqualTo(3);
		assertThat(statuses).containsOnly(401, 429);
		assertThat(statuses.stream().filter(s -> s == 401).count()).isEqualTo(2);
	}

	@Test
	void parallelWrongCodesAreNeverCheckedBeyondTheAllowance() throws Exception {
		enrol(new OfficeHttp(port));
		List<OfficeHttp> browsers = browsers(30);
		for (OfficeHttp browser : browsers) {
			browser.get("/office/sign-in");
			assertThat(browser.post("/office/sign-in", "username", username, "password", PASSWORD).statusCode())
				.as("a right password counts neither way").isEqualTo(302);
			browser.get("/office/sign-in/code");
		}

		atOnce(browsers, (browser, i) -> browser.post("/office/sign-in/code", "code", "000000").statusCode());

		assertThat(checkedFailures("wrong second-factor code")).as("codes checked before the wait applied").isEqualTo(3);
		assertThat(failedSignIns()).isEqualTo(3);
	}

	@Test
	void anUnknownUserNameIsCountedAndWaitsLikeAnAccountAndIsAuditedWithoutWhatWasTyped() {
		String typed = "Secret-Passw0rd-" + UUID.randomUUID().toString().substring(0, 8);
		OfficeHttp browser = new OfficeHttp(port);
		browser.get("/office/sign-in");
		List<Integer> unknown = new java.util.ArrayList<>();
		List<Integer> known = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			unknown.add(browser.post("/office/sign-in", "username", typed, "password", "wrong " + i).statusCode());
			known.add(browser.post("/office/sign-in", "username", username, "password", "wrong " + i).statusCode());
		}

		assertThat(unknown).isEqualTo(known).containsExactly(401, 401, 429, 429);
		String needle = typed.toLowerCase(java.util.Locale.ROOT);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_entry
				WHERE lower(actor) LIKE ? OR lower(target) LIKE ? OR lower(details) LIKE ?
				""").params("%" + needle + "%", "%" + needle + "%", "%" + needle + "%").query(Integer.class).single())
			.as("the typed user name (maybe a password) is nowhere in the audit trail").isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = ? AND action = 'SIGN_IN_FAILED' AND details LIKE 'unknown user name%'")
			.param(SignIn.UNKNOWN_ACCOUNT).query(Integer.class).single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void recoveryCodesAndSetUpLinksNeverReachTheSessionTable() {
		OfficeHttp browser = new OfficeHttp(port);
		browser.get("/office/sign-in");
		browser.post("/office/sign-in", "username", username, "password", PASSWORD);
		byte[] secret = enrolmentSecret(browser);
		HttpResponse<String> enrolled = browser.post("/office/enrol", "code", new Totp().code(secret, clock.instant()));
		List<String> codes = java.util.regex.Pattern.compile("[0-9A-Z]{5}-[0-9A-Z]{5}").matcher(enrolled.body())
			.results().map(m -> m.group()).distinct().toList();
		assertThat(codes).hasSize(10);
		assertThat(enrolled.headers().firstValue("Cache-Control")).hasValue("no-store");
		for (String code : codes) {
			assertThat(inSessionTable(code)).as("recovery code " + code + " in spring_session_attributes").isFalse();
		}

		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Adama Admin", administration, enrolment, clock);
		admin.get("/office/admin/accounts");
		String newName = "new-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = admin.post("/office/admin/accounts", "username", newName, "displayName",
				"New Person", "role", "ANALYST", "portals", "");
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
		String link = OfficeHttp.text(created.body(), "setup-link");
		assertThat(link).contains("/office/setup/");
		assertThat(inSessionTable(link.substring(link.lastIndexOf('/') + 1))).as("a new account's set-up link").isFalse();

		HttpResponse<String> again = admin.post("/office/admin/accounts/" + id.value() + "/setup-link");
		String another = OfficeHttp.text(again.body(), "setup-link");
		assertThat(again.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(inSessionTable(another.substring(another.lastIndexOf('/') + 1))).as("a new set-up link").isFalse();
	}

		@Test
	void sessionsEndAfterTheIdleAndTheAbsoluteTimeOut() {
		OfficeHttp browser = new OfficeHttp(port);
		enrol(browser);
		clock.advance(Duration.ofMinutes(29));
		assertThat(browser.get("/office").statusCode()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(31));
		HttpResponse<String> idle = browser.get("/office");
		assertThat(idle.statusCode()).isEqualTo(302);
		assertThat(idle.headers().firstValue("Location")).get().asString().contains("/office/sign-in?notice=expired");

		OfficeHttp busy = new OfficeHttp(port);
		signIn(busy);
		for (int i = 1; i <= 30; i++) {
			clock.advance(Duration.ofMinutes(29));
			if (busy.get("/office").statusCode() != 200) {
				assertThat(i * 29L).as("minutes since sign-in when the session ended").isBetween(10 * 60L, 10 * 60L + 29);
				return;
			}
		}
		throw new AssertionError("the absolute time-out never ended the session");
	}

	@Test
	void signingOutEndsEverySessionOfThePersonAtOnce() {
		OfficeHttp laptop = new OfficeHttp(port);
		enrol(laptop);
		OfficeHttp phone = new OfficeHttp(port);
		clock.advance(Duration.ofSeconds(30));
		signIn(phone);
		assertThat(phone.get("/office").statusCode()).isEqualTo(200);

		laptop.get("/office");
		HttpResponse<String> out = laptop.post("/office/sign-out");

		assertThat(out.headers().firstValue("Location")).get().asString().endsWith("/office/sign-in?notice=signed-out");
		assertThat(laptop.get("/office").statusCode()).isEqualTo(302);
		assertThat(phone.get("/office").statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(username).query(Integer.class).single())
			.isZero();
	}

	@Test
	void disablingAnAccountEndsItsSessionsAndRefusesItsSignIn() {
		OfficeHttp browser = new OfficeHttp(port);
		enrol(browser);

		administration.disable("test-admin", id);

		assertThat(browser.get("/office").statusCode()).isEqualTo(302);
		OfficeHttp again = new OfficeHttp(port);
		again.get("/office/sign-in");
		assertThat(again.post("/office/sign-in", "username", username, "password", PASSWORD).statusCode()).isEqualTo(401);
	}

	@Test
	void theBackOfficeNeedsASignInAndPublicPagesGetNoCookie() {
		OfficeHttp browser = new OfficeHttp(port);

		HttpResponse<String> office = browser.get("/office");
		HttpResponse<String> admin = browser.get("/office/admin/accounts");
		HttpResponse<String> portal = browser.get("/ml/fr");

		assertThat(office.headers().firstValue("Location")).get().asString().endsWith("/office/sign-in");
		assertThat(admin.statusCode()).isEqualTo(302);
		assertThat(portal.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void anAnalystIsNotAnAdministrator() {
		OfficeHttp browser = new OfficeHttp(port);
		enrol(browser);

		assertThat(browser.get("/office/admin/accounts").statusCode()).isEqualTo(403);
		assertThat(browser.get("/office/admin/audit").statusCode()).isEqualTo(403);
	}

	@Test
	void refusedStepsOfAccountsAndSetUpLinksAreShownOnTheirPage() {
		assertThatThrownBy(() -> new AccountAdministration.NewAccount("X", "Name", Role.ANALYST, List.of()))
			.isInstanceOfSatisfying(StepRefused.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("account.error.username");
				assertThat(refused.field()).isEqualTo("username");
			});
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Adama Admin", administration, enrolment, clock);
		admin.get("/office/admin/accounts");

		HttpResponse<String> badName = admin.post("/office/admin/accounts", "username", "X", "displayName", "New Person",
				"role", "ANALYST", "portals", "");
		assertThat(badName.statusCode()).isEqualTo(422);
		assertThat(badName.body()).contains("id=\"error-summary\"", "href=\"#username\"",
				"A user name has 2 to 64 characters");
		HttpResponse<String> taken = admin.post("/office/admin/accounts", "username", username, "displayName", "Again",
				"role", "ANALYST", "portals", "");
		assertThat(taken.statusCode()).isEqualTo(422);
		assertThat(taken.body()).contains("This user name is taken.");
		HttpResponse<String> partner = admin.post("/office/admin/accounts", "username", "partner-" + UUID.randomUUID().toString().substring(0, 8),
				"displayName", "Partner", "role", "PORTAL_PARTNER", "portals", "");
		assertThat(partner.statusCode()).isEqualTo(422);
		assertThat(partner.body()).contains("href=\"#portals\"", "A portal partner needs at least one portal.");

		String link = OfficeHttp.text(admin.post("/office/admin/accounts/" + id.value() + "/setup-link").body(), "setup-link");
		String setup = link.substring(link.indexOf("/office/setup/"));
		OfficeHttp person = new OfficeHttp(port);
		person.get(setup);
		HttpResponse<String> weak = person.post(setup, "password", "short", "repeat", "short");
		assertThat(weak.statusCode()).isEqualTo(422);
		assertThat(weak.body()).contains("id=\"error-summary\"", "The password is too short.");
		HttpResponse<String> different = person.post(setup, "password", PASSWORD, "repeat", PASSWORD + "!");
		assertThat(different.statusCode()).isEqualTo(422);
		assertThat(different.body()).contains("The two passwords are not the same.");
		assertThat(person.post(setup, "password", PASSWORD, "repeat", PASSWORD).statusCode())
			.as("the link still works after refused passwords").isEqualTo(302);
		HttpResponse<String> used = person.post(setup, "password", PASSWORD, "repeat", PASSWORD);
		assertThat(used.statusCode()).isEqualTo(404);
		assertThat(used.body()).contains("id=\"error-summary\"", "This set-up link is not valid");
	}

	private boolean inSessionTable(String secret) {
		byte[] needle = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return jdbc.sql("SELECT attribute_bytes FROM spring_session_attributes")
			.query((rs, n) -> rs.getBytes(1))
			.list()
			.stream()
			.anyMatch(bytes -> indexOf(bytes, needle) >= 0);
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private List<OfficeHttp> browsers(int count) {
		return java.util.stream.IntStream.range(0, count).mapToObj(i -> new OfficeHttp(port)).toList();
	}

	/** Each browser sends its request at the same moment, on its own thread; their status codes. */
	private static List<Integer> atOnce(List<OfficeHttp> browsers,
			java.util.function.BiFunction<OfficeHttp, Integer, Integer> request) throws Exception {
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(browsers.size());
		try {
			java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(browsers.size());
			List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
			for (int i = 0; i < browsers.size(); i++) {
				int n = i;
				results.add(threads.submit(() -> {
					start.await();
					return request.apply(browsers.get(n), n);
				}));
			}
			List<Integer> statuses = new java.util.ArrayList<>();
			for (var result : results) {
				statuses.add(result.get());
			}
			return statuses;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private int checkedFailures(String reason) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = ? AND action = 'SIGN_IN_FAILED' AND details LIKE ?")
			.params(username, reason + ",%")
			.query(Integer.class)
			.single();
	}

	private int failedSignIns() {
		return accounts.findById(id).orElseThrow().failedSignIns();
	}

	private static String errorOf(HttpResponse<String> response) {
		var matcher = java.util.regex.Pattern.compile("class=\"error-summary\"[\\s\\S]*?<li>\\s*<(?:a|span)[^>]*>([^<]*)<").matcher(response.body());
		assertThat(matcher.find()).as("an error summary").isTrue();
		return matcher.group(1).trim();
	}

	private List<String> enrol(OfficeHttp browser) {
		browser.get("/office/sign-in");
		browser.post("/office/sign-in", "username", username, "password", PASSWORD);
		byte[] secret = enrolmentSecret(browser);
		String codes = browser.post("/office/enrol", "code", new Totp().code(secret, clock.instant())).body();
		return java.util.regex.Pattern.compile("[0-9A-Z]{5}-[0-9A-Z]{5}").matcher(codes).results().map(m -> m.group()).distinct().toList();
	}

	private void signIn(OfficeHttp browser) {
		browser.get("/office/sign-in");
		browser.post("/office/sign-in", "username", username, "password", PASSWORD);
		browser.get("/office/sign-in/code");
		HttpResponse<String> done = browser.post("/office/sign-in/code", "code", new Totp().code(secretOf(), clock.instant()));
		assertThat(done.statusCode()).isEqualTo(302);
	}

	private byte[] enrolmentSecret(OfficeHttp browser) {
		HttpResponse<String> page = browser.get("/office/enrol");
		assertThat(page.body()).contains("<svg", "role=\"img\"");
		return AuthenticatorApp.withKey(OfficeHttp.text(page.body(), "secret")).secret();
	}

	@Autowired
	Sealing sealing;

	@Autowired
	AccountRepository accounts;

	private byte[] secretOf() {
		Account account = accounts.findById(id).orElseThrow();
		return sealing.open(account.sealedTotpSecret(), id);
	}

	private Duration lockedFor() {
		Account account = accounts.findById(id).orElseThrow();
		return Duration.between(clock.instant(), account.lockedUntil());
	}
}
