package org.openhotline.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openhotline.accounts.internal.Account;
import org.openhotline.accounts.internal.AccountRepository;
import org.openhotline.accounts.internal.Passwords;
import org.openhotline.accounts.internal.Sealing;
import org.openhotline.accounts.internal.StaffSessions;
import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.shared.crypto.Randoms;
import org.openhotline.shared.validation.StepRefused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts, and the one-time set-up links through which a person
 * chooses their password. Disabling an account or resetting its second factor ends all of
 * its sessions at once.
 */
@Service
public class AccountAdministration {

	/** A new account's data, checked: a field that is not acceptable is refused ({@link StepRefused#field}). */
	public record NewAccount(String username, String displayName, Role role, List<String> portals) {

		public NewAccount {
			username = username.trim().toLowerCase(Locale.ROOT);
			displayName = displayName.trim();
			if (!username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
				throw StepRefused.field("username", "account.error.username");
			}
			if (displayName.isEmpty() || displayName.length() > 100) {
				throw StepRefused.field("displayName", "account.error.display-name");
			}
			portals = List.copyOf(portals);
			if (role == Role.PORTAL_PARTNER && portals.isEmpty()) {
				throw StepRefused.field("portals", "account.error.partner-portals");
			}
			if (role != Role.PORTAL_PARTNER && !portals.isEmpty()) {
				throw StepRefused.field("portals", "account.error.staff-portals");
			}
		}
	}

	/** A created account and the code of its set-up link (shown once to the administrator). */
	public record Created(AccountId id, String setupCode) {
	}

	private final AccountRepository accounts;

	private final Passwords passwords;

	private final Sealing sealing;

	private final StaffSessions sessions;

	private final AuditTrail audit;

	private final AccountsProperties properties;

	private final Clock clock;

	AccountAdministration(AccountRepository accounts, Passwords passwords, Sealing sealing, StaffSessions sessions,
			AuditTrail audit, AccountsProperties properties, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.sealing = sealing;
		this.sessions = sessions;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** @throws DuplicateKeyException when the user name is taken */
	@Transactional
	public Created create(String actor, NewAccount account) {
		AccountId id = AccountId.random();
		Instant now = clock.instant();
		accounts.insert(id, account.username(), account.displayName(), account.role(), account.portals(), now);
		String code = newSetupCode(id, now);
		audit.record(actor, AuditAction.ACCOUNT_CREATED, account.username(),
				account.role() + (account.portals().isEmpty() ? "" : " " + account.portals()));
		return new Created(id, code);
	}

	@Transactional
	public void disable(String actor, AccountId id) {
		Account account = accounts.findById(id).orElseThrow();
		accounts.setStatus(id, AccountStatus.DISABLED);
		int ended = sessions.endAll(account.username());
		audit.record(actor, AuditAction.ACCOUNT_DISABLED, account.username(), ended + " sessions ended");
	}

	@Transactional
	public void enable(String actor, AccountId id) {
		Account account = accounts.findById(id).orElseThrow();
		accounts.setStatus(id, AccountStatus.ACTIVE);
		accounts.clearFailures(id);
		audit.record(actor, AuditAction.ACCOUNT_ENABLED, account.username(), "");
	}

	/** The person enrols a new authenticator at their next sign-in; their sessions end now. */
	@Transactional
	public void resetSecondFactor(String actor, AccountId id) {
		Account account = accounts.findById(id).orElseThrow();
		accounts.resetSecondFactor(id);
		int ended = sessions.endAll(account.username());
		audit.record(actor, AuditAction.SECOND_FACTOR_RESET, account.username(), ended + " sessions ended");
	}

	/** A new set-up link for an account (e.g. a forgotten password); the old one stops working. */
	@Transactional
	public String newSetupLink(String actor, AccountId id) {
		Account account = accounts.findById(id).orElseThrow();
		String code = newSetupCode(id, clock.instant());
		audit.record(actor, AuditAction.PASSWORD_SET, account.username(), "new set-up link issued");
		return code;
	}

	public boolean exists(AccountId id) {
		return accounts.findById(id).isPresent();
	}

	public boolean setupCodeIsValid(String code) {
		return accounts.setupCodeIsValid(sealing.digest(code), clock.instant());
	}

	/**
	 * Sets the password of the account a set-up code is for and uses the code up.
	 * @throws StepRefused when the code is unknown, used or expired ({@code setup.error.link}), or the
	 * password is refused (field {@code password}; thrown inside the transaction, so the link stays usable)
	 */
	@Transactional
	public void setPassword(String code, String password) {
		Optional<AccountId> id = accounts.useSetupCode(sealing.digest(code), clock.instant());
		if (id.isEmpty()) {
			throw new StepRefused("setup.error.link");
		}
		Account account = accounts.findById(id.get()).orElseThrow();
		List<String> problems = passwords.problems(password, account.username(), account.displayName(), "openhotline");
		if (!problems.isEmpty()) {
			// keep the link usable: undo the use of the code by rolling back
			throw StepRefused.field("password", problems.get(0));
		}
		accounts.setPassword(account.id(), passwords.hash(password));
		accounts.clearFailures(account.id());
		audit.record(account.username(), AuditAction.PASSWORD_SET, account.username(), "through a set-up link");
	}

	public List<AccountView> all() {
		return accounts.findAll()
			.stream()
			.map(a -> new AccountView(a.id(), a.username(), a.displayName(), a.role(), a.portals(), a.status(),
					a.isEnrolled()))
			.toList();
	}

	/** The accounts a case can be given to: active, and not portal partners. */
	public List<AccountView> assignableStaff() {
		return all().stream().filter(a -> a.status() == AccountStatus.ACTIVE && a.role() != Role.PORTAL_PARTNER).toList();
	}

	/** An account as the administration page lists it: no secrets. */
	public record AccountView(AccountId id, String username, String displayName, Role role, List<String> portals,
			AccountStatus status, boolean enrolled) {
	}

	String newSetupCode(AccountId id, Instant now) {
		String code = Randoms.code(26);
		accounts.setSetupCode(id, sealing.digest(code), now.plus(properties.setupLinkLifetime()));
		return code;
	}

	/** The first administrator, on an empty database only; empty when accounts exist already. */
	@Transactional
	public Optional<Created> createFirstAdministrator() {
		// several nodes may start on the same empty database at once
		accounts.lockForFirstAdministrator();
		if (accounts.count() > 0) {
			return Optional.empty();
		}
		{
			AccountId id = AccountId.random();
			Instant now = clock.instant();
			accounts.insert(id, properties.initialAdministrator(), "Administrator", Role.ADMINISTRATOR, List.of(), now);
			String preset = properties.initialAdministratorPassword();
			String code = "";
			if (preset != null && !preset.isBlank()) {
				List<String> problems = passwords.problems(preset, properties.initialAdministrator(), "openhotline");
				if (!problems.isEmpty()) {
					throw new IllegalStateException("openhotline.accounts.initial-administrator-password is too weak "
							+ problems + ": use at least " + Passwords.MIN_LENGTH + " characters that are hard to guess");
				}
				accounts.setPassword(id, passwords.hash(preset));
			}
			else {
				code = newSetupCode(id, now);
			}
			audit.record("system", AuditAction.ACCOUNT_CREATED, properties.initialAdministrator(),
					"first administrator, " + (code.isEmpty() ? "password from configuration" : "set-up link"));
			return Optional.of(new Created(id, code));
		}
	}
}
