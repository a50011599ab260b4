package org.openhotline.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.openhotline.accounts.internal.Passwords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhotline.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The sign-in throttles, with small limits (every test request comes from 127.0.0.1): a
 * flood from one client address is refused before any password is hashed while another
 * client still signs in; one user name is limited whoever tries it; an unknown user name
 * costs the same hash as a known one; an IPv6 client counts as its /64, as for the public
 * limiter; no hash runs inside a transaction.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"openhotline.accounts.throttle.per-client=6", "openhotline.accounts.throttle.per-account=4",
		"openhotline.accounts.throttle.window=1m" })
@Import(SignInFlowTests.Clocks.class)
class SignInThrottleTests {

	static final String PASSWORD = SignInFlowTests.PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountAdministration administration;

	@Autowired
	SignIn signIn;

	@MockitoSpyBean
	Passwords passwords;

	String username;

	@BeforeEach
	void freshWindowAndAccount() {
		clock.advance(Duration.ofMinutes(2));
		username = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create("test",
				new AccountAdministration.NewAccount(username, "Awa Analyst", Role.ANALYST, List.of()));
		administration.setPassword(created.setupCode(), PASSWORD);
		clearInvocations(passwords);
	}

	@Test
	void aFloodFromOneAddressIsRefusedBeforeAnyHashWhileAnotherClientSignsIn() {
		OfficeHttp flood = new OfficeHttp(port);
		flood.get("/office/sign-in");
		for (int i = 0; i < 6; i++) {
			assertThat(flood.post("/office/sign-in", "username", "nobody-" + i + "-" + UUID.randomUUID(), "password", "guess")
				.statusCode()).isEqualTo(401);
		}
		assertThat(hashes()).isEqualTo(6);

		HttpResponse<String> refused = flood.post("/office/sign-in", "username", username, "password", PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("Try again after");
		assertThat(hashes()).as("no hash for a refused step").isEqualTo(6);
		assertThat(signIn.checkPassword("192.0.2.7", username, PASSWORD)).as("another client")
			.isInstanceOf(SignIn.Accepted.class);

		clock.advance(Duration.ofMinutes(1));
		assertThat(flood.post("/office/sign-in", "username", username, "password", PASSWORD).statusCode())
			.as("the same client once the window is over").isEqualTo(302);
	}

	@Test
	void anIpv6ClientCountsAsItsSlash64() {
		for (int i = 0; i < 6; i++) {
			assertThat(signIn.checkPassword("2001:db8:0:1::" + Integer.toHexString(i + 1), "nobody-" + UUID.randomUUID(),
					"guess")).isInstanceOf(SignIn.Refused.class);
		}
		clearInvocations(passwords);

		assertThat(signIn.checkPassword("2001:db8:0:1:ffff:ffff:ffff:fffe", username, PASSWORD))
			.as("another address of the same /64").isInstanceOf(SignIn.Waiting.class);
		assertThat(hashes()).as("refused before any hash").isZero();
		assertThat(signIn.checkPassword("2001:db8:0:2::1", username, PASSWORD)).as("the next /64")
			.isInstanceOf(SignIn.Accepted.class);
	}

	@Test
	void oneUserNameIsLimitedWhoeverTriesIt() {
		for (int i = 0; i < 4; i++) {
			assertThat(signIn.checkPassword("192.0.2." + (10 + i), username, PASSWORD)).isInstanceOf(SignIn.Accepted.class);
		}
		clearInvocations(passwords);

		assertThat(signIn.checkPassword("192.0.2.20", username, PASSWORD)).isInstanceOf(SignIn.Waiting.class);
		assertThat(signIn.checkPassword("192.0.2.21", username.toUpperCase(), PASSWORD)).isInstanceOf(SignIn.Waiting.class);
		String unknown = "nobody-" + UUID.randomUUID();
		for (int i = 0; i < 4; i++) {
			signIn.checkPassword("198.51.100." + i, unknown, "guess " + i);
		}
		assertThat(signIn.checkPassword("198.51.100.9", unknown, "guess")).as("an unknown name too")
			.isInstanceOf(SignIn.Waiting.class);
		assertThat(signIn.checkPassword("192.0.2.22", "someone-else", "guess")).as("another name")
			.isNotInstanceOf(SignIn.Waiting.class);
		// the unknown name waits after its third failure, as an account does
		assertThat(hashes()).as("only the steps let through were hashed").isEqualTo(3 + 1);
	}

	@Test
	void anUnknownUserNameCostsTheSameHashAndGetsTheSameAnswer() {
		SignIn.Outcome unknown = signIn.checkPassword("203.0.113.1", "nobody-" + UUID.randomUUID(), PASSWORD);
		verify(passwords).matchesNothing(anyString());
		SignIn.Outcome wrong = signIn.checkPassword("203.0.113.2", username, "not it at all");

		assertThat(unknown).isEqualTo(wrong).isInstanceOf(SignIn.Refused.class);
		assertThat(hashes()).isEqualTo(2);
	}

	@Test
	void passwordsAreHashedOutsideAnyTransactionWithoutADatabaseConnection() {
		List<Boolean> held = new java.util.concurrent.CopyOnWriteArrayList<>();
		org.mockito.stubbing.Answer<Object> watch = invocation -> {
			held.add(TransactionSynchronizationManager.isActualTransactionActive()
					|| !TransactionSynchronizationManager.getResourceMap().isEmpty());
			return invocation.callRealMethod();
		};
		doAnswer(watch).when(passwords).matches(anyString(), anyString());
		doAnswer(watch).when(passwords).matchesNothing(anyString());

		signIn.checkPassword("203.0.113.3", username, "not it at all");
		signIn.checkPassword("203.0.113.3", username, PASSWORD);
		signIn.checkPassword("203.0.113.3", "nobody-" + UUID.randomUUID(), PASSWORD);

		assertThat(held).containsExactly(false, false, false);
	}

	/** Argon2 checks run so far: real ones and those against the decoy. */
	private long hashes() {
		return mockingDetails(passwords).getInvocations()
			.stream()
			.filter(i -> i.getMethod().getName().equals("matches") || i.getMethod().getName().equals("matchesNothing"))
			.count();
	}
}
