package org.openhotline.accounts;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * @param secretKey base64 of at least 32 random bytes: seals second-factor secrets and peppers recovery codes
 * @param initialAdministrator user name of the administrator made on first start (empty database only)
 * @param initialAdministratorPassword if set, that administrator gets this password instead of a set-up link
 * @param setupLinkLifetime how long a set-up link (first start, new account, reset) can be used
 * @param idleTimeout a back-office session ends after this long without a request
 * @param absoluteTimeout a back-office session ends this long after sign-in, whatever happens
 * @param freeFailures failed sign-ins before the account waits between attempts
 * @param longestLock the longest wait; an attacker can make a user wait, never lock them out for longer
 * @param passwordHash Argon2id cost of staff passwords
 * @param throttle how many sign-in steps one client address, and one user name, may try per window
 */
@Validated
@ConfigurationProperties("openhotline.accounts")
public record AccountsProperties(
		@NotBlank(message = "openhotline.accounts.secret-key is not set: set OPENHOTLINE_ACCOUNTS_SECRET_KEY to 32 random bytes in base64 (openssl rand -base64 32)") String secretKey,
		@DefaultValue("admin") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}") String initialAdministrator,
		@Nullable String initialAdministratorPassword,
		@DefaultValue("24h") @NotNull Duration setupLinkLifetime,
		@DefaultValue("30m") @NotNull Duration idleTimeout,
		@DefaultValue("10h") @NotNull Duration absoluteTimeout,
		@DefaultValue("3") @Min(1) int freeFailures,
		@DefaultValue("15m") @NotNull Duration longestLock,
		@DefaultValue @Valid PasswordHash passwordHash,
		@DefaultValue @Valid Throttle throttle) {

	/** OWASP's Argon2id baseline: 19 MiB, 2 passes. Tests use less, never production. */
	public record PasswordHash(@DefaultValue("19456") @Min(8) int memoryKib, @DefaultValue("2") @Min(1) int iterations) {
	}

	/**
	 * Sign-in steps (password, code, enrolment) allowed per {@code window}, checked before any
	 * hashing: per client address (as an HMAC whose key lives in memory only and changes every
	 * {@code keyRotation}) and per user name, known or not. Counters are per node.
	 */
	public record Throttle(@DefaultValue("30") @Min(1) int perClient, @DefaultValue("10") @Min(1) int perAccount,
			@DefaultValue("1m") @NotNull Duration window, @DefaultValue("1h") @NotNull Duration keyRotation) {
	}
}
