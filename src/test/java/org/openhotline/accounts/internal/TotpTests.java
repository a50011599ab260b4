package org.openhotline.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238, appendix B: every test vector, and the rules on top (drift window, once only). */
class TotpTests {

	private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234"
		.getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest(name = "{0} s, {1}")
	@CsvSource({ "59, HmacSHA1, 94287082", "59, HmacSHA256, 46119246", "59, HmacSHA512, 90693936",
			"1111111109, HmacSHA1, 07081804", "1111111109, HmacSHA256, 68084774", "1111111109, HmacSHA512, 25091201",
			"1111111111, HmacSHA1, 14050471", "1111111111, HmacSHA256, 67062674", "1111111111, HmacSHA512, 99943326",
			"1234567890, HmacSHA1, 89005924", "1234567890, HmacSHA256, 91819424", "1234567890, HmacSHA512, 93441116",
			"2000000000, HmacSHA1, 69279037", "2000000000, HmacSHA256, 90698825", "2000000000, HmacSHA512, 38618901",
			"20000000000, HmacSHA1, 65353130", "20000000000, HmacSHA256, 77737706", "20000000000, HmacSHA512, 47863826" })
	void rfc6238Vectors(long seconds, String algorithm, String expected) {
		byte[] key = switch (algorithm) {
			case "HmacSHA1" -> SHA1_KEY;
			case "HmacSHA256" -> SHA256_KEY;
			default -> SHA512_KEY;
		};

		assertThat(new Totp(algorithm, 8).code(key, Instant.ofEpochSecond(seconds))).isEqualTo(expected);
	}

	@Test
	void aCodeIsAcceptedOneStepEitherSideAndNotBeyond() {
		Totp totp = new Totp();
		Instant now = Instant.ofEpochSecond(1_700_000_000L);
		long step = Totp.step(now);

		assertThat(totp.match(SHA1_KEY, totp.code(SHA1_KEY, now), now, 0)).hasValue(step);
		assertThat(totp.match(SHA1_KEY, totp.code(SHA1_KEY, now.minusSeconds(30)), now, 0)).hasValue(step - 1);
		assertThat(totp.match(SHA1_KEY, totp.code(SHA1_KEY, now.plusSeconds(30)), now, 0)).hasValue(step + 1);
		assertThat(totp.match(SHA1_KEY, totp.code(SHA1_KEY, now.minusSeconds(90)), now, 0)).isEmpty();
	}

	@Test
	void aCodeIsAcceptedOnceOnly() {
		Totp totp = new Totp();
		Instant now = Instant.ofEpochSecond(1_700_000_000L);
		String code = totp.code(SHA1_KEY, now);
		long used = totp.match(SHA1_KEY, code, now, 0).orElseThrow();

		assertThat(totp.match(SHA1_KEY, code, now, used)).isEmpty();
		assertThat(totp.match(SHA1_KEY, code, now.plusSeconds(10), used)).isEmpty();
	}

	@Test
	void malformedCodesAreRefused() {
		Totp totp = new Totp();
		Instant now = Instant.ofEpochSecond(1_700_000_000L);

		assertThat(totp.match(SHA1_KEY, "", now, 0)).isEmpty();
		assertThat(totp.match(SHA1_KEY, "12345a", now, 0)).isEmpty();
		assertThat(totp.match(SHA1_KEY, "1234567", now, 0)).isEmpty();
		assertThat(totp.match(SHA1_KEY, totp.code(SHA1_KEY, now).substring(0, 3) + " " + totp.code(SHA1_KEY, now).substring(3), now, 0))
			.as("spaces people type are ignored").isPresent();
	}

	@Test
	void secretsAreBase32AsAuthenticatorAppsExpect() {
		// RFC 4648 section 10
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
		assertThat(Base32.encode(SHA1_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
	}
}
