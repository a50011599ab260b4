package org.openhotline.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RandomsTests {

	@Test
	void uuidsAreVersion4WithTheRfcVariantAndDoNotRepeat() {
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			UUID uuid = Randoms.uuid();
			assertThat(uuid.version()).isEqualTo(4);
			assertThat(uuid.variant()).isEqualTo(2);
			assertThat(seen.add(uuid)).isTrue();
		}
	}

	@Test
	void eachThreadHasItsOwnGenerator() throws Exception {
		var mine = Randoms.current();
		java.security.SecureRandom[] other = new java.security.SecureRandom[1];
		Thread thread = new Thread(() -> other[0] = Randoms.current());
		thread.start();
		thread.join();

		assertThat(other[0]).isNotSameAs(mine);
		assertThat(mine.getAlgorithm()).isEqualTo("DRBG");
	}

	@Test
	void codesPeopleTypeUseEveryCharacterOfCrockfordsBase32AndNoOther() {
		Set<Character> seen = new HashSet<>();
		for (int i = 0; i < 2_000; i++) {
			String code = Randoms.code(10);
			assertThat(code).hasSize(10).matches("[0-9A-HJKMNP-TV-Z]{10}");
			code.chars().forEach(c -> seen.add((char) c));
		}

		assertThat(seen).hasSize(32);
		assertThat(Randoms.UNAMBIGUOUS).hasSize(32).doesNotContain("I", "L", "O", "U");
		assertThat(Randoms.code(26)).hasSize(26).isNotEqualTo(Randoms.code(26));
	}
}
