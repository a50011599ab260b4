package org.openhotline.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two steps of a staff sign-in: the password, then the second factor (an authenticator
 * code, or a one-time recovery code). Every failure of either step counts. After
 * {@code freeFailures} failures each further one makes the account wait, twice as long each
 * time up to {@code longestLock}; attempts while it waits are refused unchecked and not
 * counted, so an attacker can delay a user but never lock them out for longer than that.
 * An unknown user name takes as long as a wrong password and gives the same answer.
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

	/** Too many failures: try again after {@code until}. */
	public record Waiting(Instant until) implements Outcome {
	}

	private static final Duration FIRST_WAIT = Duration.ofSeconds(30);

	private final AccountRepository accounts;

	private final Passwords passwords;

	private final Sealing sealing;

	private final AuditTrail audit;

	private final AccountsProperties properties;

	private final Clock clock;

	private final Totp totp = new Totp();

	SignIn(AccountRepository accounts, Passwords passwords, Sealing sealing, AuditTrail audit,
			AccountsProperties properties, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.sealing = sealing;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public Outcome checkPassword(String typedUsername, String password) {
		String username = typedUsername.trim().toLowerCase(Locale.ROOT);
		Instant now = clock.instant();
		Optional<Account> found = username.length() > 64 ? Optional.empty() : accounts.findByUsername(username);
		if (found.isEmpty()) {
			passwords.matchesNothing(password);
			audit.record(username.length() > 64 ? username.substring(0, 64) : username, AuditAction.SIGN_IN_FAILED,
					"", "unknown user name");
			return new Refused();
		}
		Account account = found.get();
		if (account.isWaiting(now)) {
			return new Waiting(account.lockedUntil());
		}
		String hash = account.passwordHash();
		if (!account.isActive() || hash == null) {
			passwords.matchesNothing(password);
			return fail(account, now, account.isActive() ? "no password set" : "account disabled");
		}
		if (!passwords.matches(password, hash)) {
			return fail(account, now, "wrong password");
		}
		if (passwords.needsRehash(hash)) {
			accounts.setPassword(account.id(), passwords.hash(password));
		}
		return new Accepted(account.id(), !account.isEnrolled());
	}

	/** The second step: a current authenticator code (once only) or an unused recovery code. */
	@Transactional
	public Outcome checkSecondFactor(AccountId id, String typed) {
		Instant now = clock.instant();
		Account account = accounts.findById(id).orElseThrow();
		if (account.isWaiting(now)) {
			return new Waiting(account.lockedUntil());
		}
		byte[] sealed = account.sealedTotpSecret();
		if (!account.isActive() || sealed == null) {
			return fail(account, now, "second factor unavailable");
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
		return fail(account, now, "wrong second-factor code");
	}

	private Accepted succeed(Account account, String how) {
		accounts.clearFailures(account.id());
		audit.record(account.username(), AuditAction.SIGN_IN, "", how);
		return new Accepted(account.id(), false);
	}

	private Outcome fail(Account account, Instant now, String reason) {
		int failures = accounts.countFailure(account.id());
		audit.record(account.username(), AuditAction.SIGN_IN_FAILED, "", reason + ", failure " + failures);
		int beyond = failures - properties.freeFailures();
		if (beyond <= 0) {
			return new Refused();
		}
		Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(beyond - 1, 20));
		if (wait.compareTo(properties.longestLock()) > 0) {
			wait = properties.longestLock();
		}
		Instant until = now.plus(wait);
		accounts.waitUntil(account.id(), until);
		audit.record(account.username(), AuditAction.ACCOUNT_LOCKED, "", "until " + until);
		return new Waiting(until);
	}

	/** The principal of an account that passed both steps. */
	public StaffPrincipal principal(AccountId id) {
		return accounts.findById(id).orElseThrow().principal();
	}
}
