package org.openhotline.takedown;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Actions in PostgreSQL. */
@Repository
class TakedownActions {

	private final JdbcClient jdbc;

	TakedownActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TakedownAction action) {
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
			.param("level", action.level())
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
	void update(TakedownAction action) {
		int updated = jdbc.sql("""
				UPDATE takedown_action SET level = :level, recipient_name = :name, recipient_email = :email,
				  language = :language, partner_id = :partner, status = :status, notices_sent = :sent,
				  notices_at_level = :atLevel, next_due_at = :due, closed_at = :closed, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("id", action.id())
			.param("level", action.level())
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

	Optional<TakedownAction> find(UUID id) {
		return jdbc.sql("SELECT * FROM takedown_action WHERE id = :id").param("id", id).query(TakedownActions::row).optional();
	}

	/** The action, locked until the transaction ends: the clock and an analyst never interleave. */
	Optional<TakedownAction> lock(UUID id) {
		return jdbc.sql("SELECT * FROM takedown_action WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(TakedownActions::row)
			.optional();
	}

	List<TakedownAction> ofCase(UUID caseId) {
		return jdbc.sql("SELECT * FROM takedown_action WHERE case_id = :id ORDER BY created_at, reference")
			.param("id", caseId)
			.query(TakedownActions::row)
			.list();
	}

	List<TakedownAction> openOfCase(UUID caseId) {
		return jdbc.sql("SELECT * FROM takedown_action WHERE case_id = :id AND status = 'OPEN' FOR UPDATE")
			.param("id", caseId)
			.query(TakedownActions::row)
			.list();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static TakedownAction row(ResultSet rs, int n) throws SQLException {
		return new TakedownAction(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("reference"), ActionKind.valueOf(rs.getString("kind")), rs.getInt("level"),
				rs.getString("recipient_name"), rs.getString("recipient_email"), rs.getString("language"),
				rs.getObject("partner_id", UUID.class), "OPEN".equals(rs.getString("status")), rs.getInt("notices_sent"),
				rs.getInt("notices_at_level"), TakedownCases.instant(rs, "next_due_at"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), TakedownCases.instant(rs, "closed_at"), rs.getLong("version"));
	}
}
