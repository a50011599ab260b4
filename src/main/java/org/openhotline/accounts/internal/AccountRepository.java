package org.openhotline.accounts.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;
import org.openhotline.accounts.AccountId;
import org.openhotline.accounts.AccountStatus;
import org.openhotline.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts in PostgreSQL. Counters and the TOTP step change with conditional updates, so that two nodes cannot both win. */
@Repository
public class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void lockForFirstAdministrator() {
		jdbc.sql("SELECT pg_advisory_xact_lock(7365626173)").query().singleValue();
	}

	public long count() {
		return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
	}

	/**
	 * The account of this name when it is the only one, active, and has never had a password:
	 * the first administrator, never set up.
	 */
	public Optional<AccountId> neverSetUpSoleAccount(String username) {
		return jdbc.sql("""
				SELECT id FROM account WHERE username = :username AND password_hash IS NULL AND status = 'ACTIVE'
				AND (SELECT count(*) FROM account) = 1
				""")
			.param("username", username)
			.query((rs, n) -> new AccountId(rs.getObject(1, UUID.class)))
			.optional();
	}

	public void insert(AccountId id, String username, String displayName, Role role, List<String> portals, Instant now) {
		jdbc.sql("""
				INSERT INTO account (id, username, display_name, role, portals, status, created_at)
				VALUES (:id, :username, :name, :role, :portals, 'ACTIVE', :now)
				""")
			.param("id", id.value())
			.param("username", username)
			.param("name", displayName)
			.param("role", role.name())
			.param("portals", portals.toArray(String[]::new))
			.param("now", Timestamp.from(now))
			.update();
	}

	public Optional<Account> findByUsername(String username) {
		return jdbc.sql("SELECT * FROM account WHERE username = :username")
			.param("username", username)
			.query(AccountRepository::map)
			.optional();
	}

	public Optional<Account> findById(AccountId id) {
		return jdbc.sql("SELECT * FROM account WHERE id = :id").param("id", id.value()).query(AccountRepository::map).optional();
	}

	public List<Account> findAll() {
		return jdbc.sql("SELECT * FROM account ORDER BY username").query(AccountRepository::map).list();
	}

	public void setSetupCode(AccountId id, byte[] codeHash, Instant expiresAt) {
		jdbc.sql("UPDATE account SET setup_code_hash = :hash, setup_expires_at = :expires WHERE id = :id")
			.param("hash", codeHash)
			.param("expires", Timestamp.from(expiresAt))
			.param("id", id.value())
			.update();
	}

	/** The account a set-up code is for, if it is still valid; the code is used up in the same statement. */
	public Optional<AccountId> useSetupCode(byte[] codeHash, Instant now) {
		return jdbc.sql("""
				UPDATE account SET setup_code_hash = NULL, setup_expires_at = NULL
				WHERE setup_code_hash = :hash AND setup_expires_at > :now AND status = 'ACTIVE'
				RETURNING id
				""")
			.param("hash", codeHash)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new AccountId(rs.getObject(1, UUID.class)))
			.optional();
	}

	/** The active account a still valid set-up code is for (the code is not used up). */
	public Optional<Account> findBySetupCode(byte[] codeHash, Instant now) {
		return jdbc.sql("SELECT * FROM account WHERE setup_code_hash = :hash AND setup_expires_at > :now AND status = 'ACTIVE'")
			.param("hash", codeHash)
			.param("now", Timestamp.from(now))
			.query(AccountRepository::map)
			.optional();
	}

	/** Active administrators other than the given account. */
	public long otherActiveAdministrators(AccountId id) {
		return jdbc.sql("SELECT count(*) FROM account WHERE role = 'ADMINISTRATOR' AND status = 'ACTIVE' AND id <> :id")
			.param("id", id.value())
			.query(Long.class)
			.single();
	}

	public boolean setupCodeIsValid(byte[] codeHash, Instant now) {
		return jdbc.sql("SELECT count(*) FROM account WHERE setup_code_hash = :hash AND setup_expires_at > :now AND status = 'ACTIVE'")
			.param("hash", codeHash)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single() == 1;
	}

	public void setPassword(AccountId id, String hash) {
		jdbc.sql("UPDATE account SET password_hash = :hash WHERE id = :id").param("hash", hash).param("id", id.value()).update();
	}

	public void enrol(AccountId id, byte[] sealedSecret, long step) {
		jdbc.sql("UPDATE account SET totp_secret = :secret, totp_last_step = :step WHERE id = :id")
			.param("secret", sealedSecret)
			.param("step", step)
			.param("id", id.value())
			.update();
	}

	/** Records the step of an accepted code; false if that step (or a later one) was used already. */
	public boolean useTotpStep(AccountId id, long step) {
		return jdbc.sql("UPDATE account SET totp_last_step = :step WHERE id = :id AND totp_last_step < :step")
			.param("step", step)
			.param("id", id.value())
			.update() == 1;
	}

	public void resetSecondFactor(AccountId id) {
		jdbc.sql("UPDATE account SET totp_secret = NULL, totp_last_step = 0 WHERE id = :id").param("id", id.value()).update();
		jdbc.sql("DELETE FROM recovery_code WHERE account_id = :id").param("id", id.value()).update();
	}

	public void replaceRecoveryCodes(AccountId id, List<byte[]> hashes) {
		jdbc.sql("DELETE FROM recovery_code WHERE account_id = :id").param("id", id.value()).update();
		for (byte[] hash : hashes) {
			jdbc.sql("INSERT INTO recovery_code (account_id, code_hash) VALUES (:id, :hash)")
				.param("id", id.value())
				.param("hash", hash)
				.update();
		}
	}

	public boolean useRecoveryCode(AccountId id, byte[] hash, Instant now) {
		return jdbc.sql("""
				UPDATE recovery_code SET used_at = :now WHERE account_id = :id AND code_hash = :hash AND used_at IS NULL
				""").param("now", Timestamp.from(now)).param("id", id.value()).param("hash", hash).update() == 1;
	}

	public int unusedRecoveryCodes(AccountId id) {
		return jdbc.sql("SELECT count(*) FROM recovery_code WHERE account_id = :id AND used_at IS NULL")
			.param("id", id.value())
			.query(Integer.class)
			.single();
	}

	/**
	 * Counts an attempt as a failure before it is checked, in one short transaction holding
	 * the account's row: while the account waits, no attempt gets through; otherwise the
	 * count rises and, past the allowance, the wait starts at once, so attempts made at the
	 * same time cannot exceed it. {@code lockAfter} gives the wait for a count (null: none).
	 */
	@Transactional
	public Attempt reserveAttempt(AccountId id, Instant now, IntFunction<@Nullable Instant> lockAfter) {
		Account account = jdbc.sql("SELECT * FROM account WHERE id = :id FOR UPDATE")
			.param("id", id.value())
			.query(AccountRepository::map)
			.single();
		if (account.isWaiting(now)) {
			return Attempt.waiting(account.lockedUntil());
		}
		int failures = account.failedSignIns() + 1;
		Instant until = lockAfter.apply(failures);
		jdbc.sql("UPDATE account SET failed_sign_ins = :failures, locked_until = :until WHERE id = :id")
			.param("failures", failures)
			.param("until", until == null ? null : Timestamp.from(until))
			.param("id", id.value())
			.update();
		return Attempt.admitted(failures, until);
	}

	/** Gives back an attempt that succeeded at the password step (the second factor is still to come). */
	public void refundAttempt(AccountId id, Attempt attempt) {
		jdbc.sql("""
				UPDATE account SET failed_sign_ins = GREATEST(failed_sign_ins - 1, 0),
				  locked_until = CASE WHEN locked_until = :until THEN NULL ELSE locked_until END
				WHERE id = :id
				""")
			.param("until", attempt.lockedUntil() == null ? null : Timestamp.from(attempt.lockedUntil()))
			.param("id", id.value())
			.update();
	}

	public void clearFailures(AccountId id) {
		jdbc.sql("UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id").param("id", id.value()).update();
	}

	public void setStatus(AccountId id, AccountStatus status) {
		jdbc.sql("UPDATE account SET status = :status WHERE id = :id").param("status", status.name()).param("id", id.value()).update();
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		Array portals = rs.getArray("portals");
		return new Account(new AccountId(rs.getObject("id", UUID.class)), rs.getString("username"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")),
				Arrays.asList((String[]) portals.getArray()), rs.getString("password_hash"), rs.getBytes("totp_secret"),
				rs.getLong("totp_last_step"), AccountStatus.valueOf(rs.getString("status")), rs.getInt("failed_sign_ins"),
				instant(rs.getTimestamp("locked_until")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
