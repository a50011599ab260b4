package org.openhotline.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

	/**
	 * A new account's data, checked: the fields that are not acceptable are refused together
	 * ({@link StepRefused#all}, each a {@link StepRefused#field}).
	 */
	public record NewAccount(String username, String displayName, Role role, List<String> portals) {

		public NewAccount {
			username = username.trim().toLowerCase(Locale.ROOT);
			displayName = displayName.trim();
			portals = List.copyOf(portals);
			List<StepRefused> problems = new ArrayList<>();
			if (!username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
				problems.add(StepRefused.field("username", "account.error.username"));
			}
			if (displayName.isEmpty() || displayName.length() > 100 || !plain(displayName)) {
				problems.add(StepRefused.field("displayName", "account.error.display-name"));
			}
			if (role == Role.PORTAL_PARTNER && portals.isEmpty()) {
				problems.add(StepRefused.field("portals", "account.error.partner-portals"));
			}
			if (role != Role.PORTAL_PARTNER && !portals.isEmpty()) {
				problems.add(StepRefused.field("portals", "account.error.staff-portals"));
			}
			if (!problems.isEmpty()) {
				throw StepRefused.all(problems);
			}
		}

		/**
		 * Without control characters (the database keeps no NUL) nor the marks and overrides
		 * of direction, which would make a name read as another on the office's pages.
		 */
		private static boolean plain(String name) {
			return name.codePoints().noneMatch(c -> Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E)
					|| (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C);
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

	/**
	 * @throws StepRefused when the account is the actor's own ({@code account.error.self}) or the
	 * last active administrator ({@code account.error.last-administrator})
	 */
	@Transactional
	public void disable(String actor, AccountId id) {
		Account account = other(actor, id, "account.error.self");
		// serialised with other changes of administrators, so that two cannot disable each other at once
		accounts.lockForFirstAdministrator();
		if (account.role() == Role.ADMINISTRATOR && account.isActive() && accounts.otherActiveAdministrators(id) == 0) {
			throw new StepRefused("account.error.last-administrator");
		}
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

	/**
	 * The person enrols a new authenticator at their next sign-in; their sessions end now.
	 * @throws StepRefused for the actor's own account ({@code account.error.self-second-factor})
	 */
	@Transactional
	public void resetSecondFactor(String actor, AccountId id) {
		Account account = other(actor, id, "account.error.self-second-factor");
		accounts.resetSecondFactor(id);
		int ended = sessions.endAll(account.username());
		audit.record(actor, AuditAction.SECOND_FACTOR_RESET, account.username(), ended + " sessions ended");
	}

	/**
	 * A new set-up link for an account (e.g. a forgotten password); the old one stops working.
	 * @throws StepRefused for the actor's own account ({@code account.error.self-setup-link})
	 */
	@Transactional
	public String newSetupLink(String actor, AccountId id) {
		Account account = other(actor, id, "account.error.self-setup-link");
		String code = newSetupCode(id, clock.instant());
		audit.record(actor, AuditAction.PASSWORD_SET, account.username(), "new set-up link issued");
		return code;
	}

	/** An account that administrators change, never one's own (the user name is the actor's name). */
	private Account other(String actor, AccountId id, String refusal) {
		Account account = accounts.findById(id).orElseThrow();
		if (account.username().equals(actor)) {
			throw new StepRefused(refusal);
		}
		return account;
	}

	public boolean exists(AccountId id) {
		return accounts.findById(id).isPresent();
	}

	public Optional<AccountView> find(AccountId id) {
		return accounts.findById(id).map(AccountAdministration::view);
	}

	public boolean usernameTaken(String username) {
		return accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT)).isPresent();
	}

	public boolean setupCodeIsValid(String code) {
		return accounts.setupCodeIsValid(sealing.digest(code), clock.instant());
	}

	/** The account a set-up code is for, while the code is valid (unused, not expired, account active). */
	public Optional<AccountView> setupAccount(String code) {
		return accounts.findBySetupCode(sealing.digest(code), clock.instant()).map(AccountAdministration::view);
	}

	/**
	 * Sets the password of the account a set-up code is for and uses the code up.
	 * @throws StepRefused when the code is unknown, used or expired ({@code setup.error.link}), or the
	 * password is refused (field {@code password}; thrown inside the transaction, so the link stays usable)
	 */
	@Transactional
	public void setPassword(String code, String password) {
		setPassword(code, password, password);
	}

	/**
	 * As {@link #setPassword(String, String)}, the password typed twice: every problem of the
	 * password and of its repetition ({@code setup.error.repeat}, field {@code repeat}) is refused at once.
	 */
	@Transactional
	public void setPassword(String code, String password, String repeat) {
		Optional<AccountId> id = accounts.useSetupCode(sealing.digest(code), clock.instant());
		if (id.isEmpty()) {
			throw new StepRefused("setup.error.link");
		}
		Account account = accounts.findById(id.get()).orElseThrow();
		List<StepRefused> problems = new ArrayList<>(passwords
			.problems(password, account.username(), account.displayName(), "openhotline")
			.stream()
			.map(key -> StepRefused.field("password", key))
			.toList());
		if (!password.equals(repeat)) {
			problems.add(StepRefused.field("repeat", "setup.error.repeat"));
		}
		if (!problems.isEmpty()) {
			// keep the link usable: undo the use of the code by rolling back
			throw StepRefused.all(problems);
		}
		accounts.setPassword(account.id(), passwords.hash(password));
		accounts.clearFailures(account.id());
		audit.record(account.username(), AuditAction.PASSWORD_SET, account.username(), "through a set-up link");
	}

	public List<AccountView> all() {
		return accounts.findAll().stream().map(AccountAdministration::view).toList();
	}

	private static AccountView view(Account a) {
		return new AccountView(a.id(), a.username(), a.displayName(), a.role(), a.portals(), a.status(), a.isEnrolled());
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

	/**
	 * The first administrator, on an empty database; empty when accounts exist already. A first
	 * start that stopped before it printed its link (its port taken, say) left an administrator
	 * nobody could set up: while it is still the only account and has never had a password, each
	 * start sets it up again (a new link; the earlier one no longer works).
	 */
	@Transactional
	public Optional<Created> createFirstAdministrator() {
		// several nodes may start on the same empty database at once
		accounts.lockForFirstAdministrator();
		Instant now = clock.instant();
		if (accounts.count() > 0) {
			return accounts.neverSetUpSoleAccount(properties.initialAdministrator())
				.map(id -> setUpFirstAdministrator(id, now, "first administrator, never set up, again"));
		}
		AccountId id = AccountId.random();
		accounts.insert(id, properties.initialAdministrator(), "Administrator", Role.ADMINISTRATOR, List.of(), now);
		return Optional.of(setUpFirstAdministrator(id, now, "first administrator"));
	}

	private Created setUpFirstAdministrator(AccountId id, Instant now, String what) {
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
				what + ", " + (code.isEmpty() ? "password from configuration" : "set-up link"));
		return new Created(id, code);
	}
}
