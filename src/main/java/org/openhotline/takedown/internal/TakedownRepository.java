package org.openhotline.takedown.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.takedown.ActionKind;
import org.openhotline.takedown.EscalationLevel;
import org.openhotline.takedown.TakedownAction;
import org.openhotline.takedown.TakedownCase;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link Takedown}s in PostgreSQL: the case row and its actions. A takedown loaded to change
 * it has its case row and actions locked until the transaction ends, so the clock and an analyst never
 * interleave; a stale action is refused by its version, a second removal by the case row's
 * own condition, and the case's times only ever move forward (first notice kept, last check
 * the latest), so a copy loaded without locks never undoes another's write.
 */
@Repository
public class TakedownRepository {

	private final JdbcClient jdbc;

	TakedownRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The takedown as it stands, nothing locked (to read it, or to record a first notice). */
	public Optional<Takedown> find(UUID caseId) {
		return findCase(caseId, "").map(kase -> new Takedown(kase, jdbc
			.sql("SELECT * FROM takedown_action WHERE case_id = :id ORDER BY created_at, reference")
			.param("id", caseId)
			.query(TakedownRepository::action)
			.list(), addressed(caseId)));
	}

	/**
	 * The takedown with its case row and actions locked until the transaction ends. The case
	 * row is locked first, also when there is no action yet: two analysts sending at once (two
	 * tabs, a double click) take turns, and the second sees what the first sent.
	 */
	public Optional<Takedown> lock(UUID caseId) {
		return findCase(caseId, " FOR NO KEY UPDATE").map(kase -> new Takedown(kase, jdbc
			.sql("SELECT * FROM takedown_action WHERE case_id = :id ORDER BY created_at, reference FOR UPDATE")
			.param("id", caseId)
			.query(TakedownRepository::action)
			.list(), addressed(caseId)));
	}

	/** The addresses the outbox wrote to for each action of the case. */
	private Map<UUID, Set<String>> addressed(UUID caseId) {
		Map<UUID, Set<String>> addressed = new HashMap<>();
		jdbc.sql("""
				SELECT DISTINCT m.action_id, m.recipient_email FROM notice_mail m
				JOIN takedown_action a ON a.id = m.action_id WHERE a.case_id = :id
				""")
			.param("id", caseId)
			.query((rs, n) -> addressed.computeIfAbsent(rs.getObject("action_id", UUID.class), id -> new HashSet<>())
				.add(rs.getString("recipient_email")))
			.list();
		return addressed;
	}

	/** The takedown an action belongs to, locked as {@link #lock} does. */
	public Optional<Takedown> lockOfAction(UUID actionId) {
		return caseOf(actionId).flatMap(this::lock);
	}

	/** The cases of these actions, each once, in a fixed order (to lock their rows in that order). */
	List<UUID> casesOf(Collection<UUID> actionIds) {
		if (actionIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT DISTINCT case_id FROM takedown_action WHERE id IN (:ids) ORDER BY case_id")
			.param("ids", actionIds)
			.query(UUID.class)
			.list();
	}

	/** Cases still waiting for removal, oldest assessment first. */
	public List<TakedownCase> open(int limit) {
		return jdbc.sql("SELECT * FROM takedown_case WHERE removed_at IS NULL ORDER BY assessed_at LIMIT :limit")
			.param("limit", limit)
			.query(TakedownRepository::kase)
			.list();
	}

	/** Writes what changed; refuses a removal someone else recorded meanwhile, and a stale action. */
	public void save(Takedown takedown) {
		TakedownCase kase = takedown.view();
		if (takedown.removalRecorded() && jdbc.sql("""
				UPDATE takedown_case SET removed_at = :at, removed_by = :by, last_checked_at = GREATEST(last_checked_at, :at)
				WHERE case_id = :id AND removed_at IS NULL
				""")
			.param("id", kase.caseId())
			.param("at", timestamp(kase.removedAt()))
			.param("by", kase.removedBy())
			.update() != 1) {
			throw new StepRefused("takedown.error.removed");
		}
		if (takedown.timesChanged()) {
			jdbc.sql("""
					UPDATE takedown_case SET first_notice_at = COALESCE(first_notice_at, CAST(:notice AS TIMESTAMPTZ)),
					  last_checked_at = GREATEST(last_checked_at, CAST(:checked AS TIMESTAMPTZ))
					WHERE case_id = :id
					""")
				.param("id", kase.caseId())
				.param("notice", timestamp(kase.firstNoticeAt()))
				.param("checked", timestamp(kase.lastCheckedAt()))
				.update();
		}
		takedown.added().forEach(this::insert);
		takedown.changed().forEach(this::update);
	}

	private Optional<UUID> caseOf(UUID actionId) {
		return jdbc.sql("SELECT case_id FROM takedown_action WHERE id = :id").param("id", actionId).query(UUID.class)
			.optional();
	}

	private Optional<TakedownCase> findCase(UUID caseId, String lock) {
		return jdbc.sql("SELECT * FROM takedown_case WHERE case_id = :id" + lock).param("id", caseId)
			.query(TakedownRepository::kase)
			.optional();
	}

	private void insert(TakedownAction action) {
		jdbc.sql("""
				INSERT INTO takedown_action (id, case_id, reference, kind, level, recipient_name, recipient_email, language,
				  partner_id, status, notices_sent, notices_at_level, next_due_at, created_by, created_at)
				VALUES (:id, :case, :reference, :kind, :level, :name, :email, :language, :partner, 'OPEN', :sent, :atLevel,
				  :due, :by, :at)
				""")
			.param("id", action.id())
			.param("case", action.caseId())
			.param("reference", action.reference())
			.param("kind", action.kind().name())
			.param("level", action.level().number())
			.param("name", action.recipientName())
			.param("email", action.recipientEmail())
			.param("language", action.language())
			.param("partner", action.partnerId())
			.param("sent", action.noticesSent())
			.param("atLevel", action.noticesAtLevel())
			.param("due", timestamp(action.nextDueAt()))
			.param("by", action.createdBy())
			.param("at", Timestamp.from(action.createdAt()))
			.update();
	}

	/** Writes the action's clock state; refuses a stale copy. */
	private void update(TakedownAction action) {
		int updated = jdbc.sql("""
				UPDATE takedown_action SET level = :level, recipient_name = :name, recipient_email = :email,
				  language = :language, partner_id = :partner, status = :status, notices_sent = :sent,
				  notices_at_level = :atLevel, next_due_at = :due, closed_at = :closed, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("id", action.id())
			.param("level", action.level().number())
			.param("name", action.recipientName())
			.param("email", action.recipientEmail())
			.param("language", action.language())
			.param("partner", action.partnerId())
			.param("status", action.open() ? "OPEN" : "CLOSED")
			.param("sent", action.noticesSent())
			.param("atLevel", action.noticesAtLevel())
			.param("due", timestamp(action.nextDueAt()))
			.param("closed", timestamp(action.closedAt()))
			.param("version", action.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("action " + action.id() + " changed meanwhile");
		}
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static TakedownCase kase(ResultSet rs, int n) throws SQLException {
		long asn = rs.getLong("asn");
		Long asnOrNull = rs.wasNull() ? null : asn;
		return new TakedownCase(rs.getObject("case_id", UUID.class), rs.getString("canonical_url"), rs.getString("host"),
				rs.getTimestamp("first_reported_at").toInstant(), rs.getTimestamp("assessed_at").toInstant(),
				instant(rs, "traced_at"), rs.getString("country"), asnOrNull, instant(rs, "first_notice_at"),
				instant(rs, "last_checked_at"), instant(rs, "removed_at"), rs.getString("removed_by"));
	}

	private static TakedownAction action(ResultSet rs, int n) throws SQLException {
		return new TakedownAction(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("reference"), ActionKind.valueOf(rs.getString("kind")), EscalationLevel.of(rs.getInt("level")),
				rs.getString("recipient_name"), rs.getString("recipient_email"), rs.getString("language"),
				rs.getObject("partner_id", UUID.class), "OPEN".equals(rs.getString("status")), rs.getInt("notices_sent"),
				rs.getInt("notices_at_level"), instant(rs, "next_due_at"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), instant(rs, "closed_at"), rs.getLong("version"));
	}
}
