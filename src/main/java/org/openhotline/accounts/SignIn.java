package org.openhotline.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;
import org.openhotline.accounts.internal.Account;
import org.openhotline.accounts.internal.AccountRepository;
import org.openhotline.accounts.internal.Attempt;
import org.openhotline.accounts.internal.Passwords;
import org.openhotline.accounts.internal.RecoveryCodes;
import org.openhotline.accounts.internal.Sealing;
import org.openhotline.accounts.internal.SignInThrottle;
import org.openhotline.accounts.internal.Totp;
import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.springframework.stereotype.Service;

/**
 * The two steps of a staff sign-in: the password, then the second factor (an authenticator
 * code, or a one-time recovery code). Every step is first counted per client address and per
 * user name ({@link SignInThrottle}); a step past either limit is refused before any hashing.
 * Then the attempt is counted against the account in a short transaction of its own
 * ({@link AccountRepository#reserveAttempt}), and only then is the password hashed, outside
 * any transaction. After {@code freeFailures} failures the account waits, twice as long after
 * each further one up to {@code longestLock}; attempts while it waits are refused unchecked
 * and not counted, so an attacker can delay a user but never lock them out for longer than
 * that. An unknown user name is hashed, counted and made to wait just like an account, and
 * gets the same answers; its audit entry never holds the typed text, which may be a password.
 */
@Service
public class SignIn {

	/** The answer to a step. */
	public sealed interface Outcome {
	}

	/** The step succeeded. {@code needsEnrolment}: the account has no second factor yet. */
	public record Accepted(AccountId account, boolean needsEnrolment) implements Outcome {
	}

	/** Wrong user name, password or code. */
	public record Refused() implements Outcome {
	}

	/** Too many failures, or too many attempts: try again after {@code until}. */
	public record Waiting(Instant until) implements Outcome {
	}

	/** The audit trail's actor for a user name that matches no account (the typed text may be a password). */
	public static final String UNKNOWN_ACCOUNT = "unknown account";

	private static final Duration FIRST_WAIT = Duration.ofSeconds(30);

	private final AccountRepository accounts;

	private final Passwords passwords;

	private final Sealing sealing;

	private final SignInThrottle throttle;

	private final AuditTrail audit;

	private final AccountsProperties properties;

	private final Clock clock;

	private final Totp totp = new Totp();

	SignIn(AccountRepository accounts, Passwords passwords, Sealing sealing, SignInThrottle throttle, AuditTrail audit,
			AccountsProperties properties, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.sealing = sealing;
		this.throttle = throttle;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** The first step; {@code clientAddress} is only counted (as an HMAC in memory), never kept. */
	public Outcome checkPassword(String clientAddress, String typedUsername, String password) {
		String username = typedUsername.trim().toLowerCase(Locale.ROOT);
		Optional<Instant> throttled = throttle.admit(clientAddress, username);
		if (throttled.isPresent()) {
			return new Waiting(throttled.get());
		}
		Instant now = now();
		// no user name holds a control character, and the database refuses a NUL in a query
		Optional<Account> found = username.length() > 64 || username.chars().anyMatch(Character::isISOControl)
				? Optional.empty() : accounts.findByUsername(username);
		if (found.isEmpty()) {
			Attempt attempt = throttle.reserveUnknown(username, now, this::lockAfter);
			if (!attempt.admitted()) {
				return new Waiting(attempt.lockedUntil());
			}
			passwords.matchesNothing(password);
			return failed(UNKNOWN_ACCOUNT, attempt, "unknown user name");
		}
		Account account = found.get();
		Attempt attempt = accounts.reserveAttempt(account.id(), now, this::lockAfter);
		if (!attempt.admitted()) {
			return new Waiting(attempt.lockedUntil());
		}
		String hash = account.passwordHash();
		if (!account.isActive() || hash == null) {
			passwords.matchesNothing(password);
			return failed(account.username(), attempt, account.isActive() ? "no password set" : "account disabled");
		}
		if (!passwords.matches(password, hash)) {
			return failed(account.username(), attempt, "wrong password");
		}
		// the second factor is still to come: this attempt counts neither way
		accounts.refundAttempt(account.id(), attempt);
		if (passwords.needsRehash(hash)) {
			accounts.setPassword(account.id(), passwords.hash(password));
		}
		return new Accepted(account.id(), !account.isEnrolled());
	}

	/** The second step: a current authenticator code (once only) or an unused recovery code. */
	public Outcome checkSecondFactor(String clientAddress, AccountId id, String typed) {
		Account account = accounts.findById(id).orElseThrow();
		Optional<Instant> throttled = throttle.admit(clientAddress, account.username());
		if (throttled.isPresent()) {
			return new Waiting(throttled.get());
		}
		Instant now = now();
		Attempt attempt = accounts.reserveAttempt(id, now, this::lockAfter);
		if (!attempt.admitted()) {
			return new Waiting(attempt.lockedUntil());
		}
		byte[] sealed = account.sealedTotpSecret();
		if (!account.isActive() || sealed == null) {
			return failed(account.username(), attempt, "second factor unavailable");
		}
		OptionalLong step = totp.match(sealing.open(sealed, id), typed, now, account.lastTotpStep());
		if (step.isPresent() && accounts.useTotpStep(id, step.getAsLong())) {
			return succeed(account, "authenticator code");
		}
		String recovery = RecoveryCodes.normalise(typed);
		if (recovery.length() == RecoveryCodes.LENGTH && accounts.useRecoveryCode(id, sealing.digest(recovery), now)) {
			audit.record(account.username(), AuditAction.RECOVERY_CODE_USED, "",
					accounts.unusedRecoveryCodes(id) + " recovery codes left");
			return succeed(account, "recovery code");
		}
		return failed(account.username(), attempt, "wrong second-factor code");
	}

	/** Counts a step that checks no secret by hashing (the enrolment code) against the same limits. */
	public Optional<Waiting> throttle(String clientAddress, AccountId id) {
		Account account = accounts.findById(id).orElseThrow();
		return throttle.admit(clientAddress, account.username()).map(Waiting::new);
	}

	private Accepted succeed(Account account, String how) {
		accounts.clearFailures(account.id());
		audit.record(account.username(), AuditAction.SIGN_IN, "", how);
		return new Accepted(account.id(), false);
	}

	private Outcome failed(String actor, Attempt attempt, String reason) {
		audit.record(actor, AuditAction.SIGN_IN_FAILED, "", reason + ", failure " + attempt.failures());
		Instant until = attempt.lockedUntil();
		if (until == null) {
			return new Refused();
		}
		audit.record(actor, AuditAction.ACCOUNT_LOCKED, "", "until " + until);
		return new Waiting(until);
	}

	/** When an account with this many failures may try again; null: at once. */
	private @Nullable Instant lockAfter(int failures) {
		int beyond = failures - properties.freeFailures();
		if (beyond < 0) {
			return null;
		}
		Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(beyond, 20));
		if (wait.compareTo(properties.longestLock()) > 0) {
			wait = properties.longestLock();
		}
		return now().plus(wait);
	}

	// PostgreSQL keeps microseconds; a lock is compared with the one it stored
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** The principal of an account that passed both steps. */
	public StaffPrincipal principal(AccountId id) {
		return accounts.findById(id).orElseThrow().principal();
	}
}
