package org.openhotline.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountsProperties;

class PasswordsTests {

	private static final AccountsProperties.Throttle THROTTLE = new AccountsProperties.Throttle(30, 10,
			java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(1));

	private final Passwords passwords = new Passwords(new AccountsProperties("c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0wMDAwMDAwMA==", "admin",
			null, java.time.Duration.ofHours(24), java.time.Duration.ofMinutes(30), java.time.Duration.ofHours(10), 3,
			java.time.Duration.ofMinutes(15), new AccountsProperties.PasswordHash(64, 1), THROTTLE));

	@Test
	void shortCommonAndPersonalPasswordsAreRefused() {
		assertThat(passwords.problems("Tr0ub4dor&3")).containsExactly("password.error.too-short");
		assertThat(passwords.problems("password1234")).containsExactly("password.error.too-common");
		assertThat(passwords.problems("qwertyuiop123")).containsExactly("password.error.too-common");
		assertThat(passwords.problems("amadou.traore2024", "amadou.traore", "Amadou Traoré")).containsExactly("password.error.too-common");
		assertThat(passwords.problems("x".repeat(129))).containsExactly("password.error.too-long");
	}

	@Test
	void aLongUnusualPassphraseIsAccepted() {
		assertThat(passwords.problems("lantern cobalt mango rivet")).isEmpty();
	}

	@Test
	void hashesAreArgon2idAndNamedSoTheSchemeCanChange() {
		String hash = passwords.hash("lantern cobalt mango rivet");

		assertThat(hash).startsWith("{argon2id}$argon2id$v=19$m=64,t=1,p=1$");
		assertThat(passwords.matches("lantern cobalt mango rivet", hash)).isTrue();
		assertThat(passwords.matches("lantern cobalt mango rivets", hash)).isFalse();
		assertThat(passwords.needsRehash(hash)).isFalse();
	}

	@Test
	void aHashMadeWithWeakerParametersIsMarkedForRehash() {
		Passwords stronger = new Passwords(new AccountsProperties("c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0wMDAwMDAwMA==", "admin", null,
				java.time.Duration.ofHours(24), java.time.Duration.ofMinutes(30), java.time.Duration.ofHours(10), 3,
				java.time.Duration.ofMinutes(15), new AccountsProperties.PasswordHash(128, 2), THROTTLE));

		assertThat(stronger.needsRehash(passwords.hash("lantern cobalt mango rivet"))).isTrue();
	}
}
