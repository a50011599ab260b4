package org.openhotline.accounts.internal;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * RFC 6238 time-based one-time passwords. A code is accepted for the current 30-second
 * step and one step either side (clock drift), and only for a step later than the last one
 * accepted for the account, so that a code works once only.
 */
public final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	private final TimeBasedOneTimePasswordGenerator generator;

	private final String algorithm;

	private final int digits;

	/** What authenticator apps use: HMAC-SHA1, 6 digits, 30 seconds. */
	public Totp() {
		this("HmacSHA1", 6);
	}

	Totp(String algorithm, int digits) {
		this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
		this.algorithm = algorithm;
		this.digits = digits;
	}

	public String code(byte[] secret, Instant time) {
		try {
			int code = generator.generateOneTimePassword(new SecretKeySpec(secret, algorithm), time);
			return String.format("%0" + digits + "d", code);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("A TOTP secret was refused", ex);
		}
	}

	static long step(Instant time) {
		return time.getEpochSecond() / STEP.toSeconds();
	}

	/** The step the code belongs to, if it is valid now and later than {@code lastAcceptedStep}. */
	public OptionalLong match(byte[] secret, String typed, Instant now, long lastAcceptedStep) {
		String code = typed.replaceAll("\\s", "");
		if (code.length() != digits || !code.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (step > lastAcceptedStep
					&& java.security.MessageDigest.isEqual(code(secret, Instant.ofEpochSecond(step * STEP.toSeconds()))
						.getBytes(), code.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}
}
