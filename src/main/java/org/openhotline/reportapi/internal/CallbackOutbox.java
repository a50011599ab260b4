package org.openhotline.reportapi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The callbacks to send, one row per API report holding the newest standing queued for it: a
 * newer standing replaces one not sent yet (with a new message id), so that a retry of an old
 * state never reaches the organisation after a newer one.
 */
@Repository
class CallbackOutbox {

	/** One callback to send. */
	record Outgoing(UUID reportId, UUID organisationId, String messageId, byte[] payload, int attempts) {
	}

	private final JdbcClient jdbc;

	CallbackOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes the changes of one report wait for each other until the transaction ends, so that the
	 * standing queued last is the one read last.
	 */
	void lockReport(UUID reportId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
			.param("key", reportId.getMostSignificantBits() ^ reportId.getLeastSignificantBits())
			.query((rs, n) -> 1)
			.list();
	}

	/** Queues the standing unless it is the one queued (or sent) last; whether it was queued. */
	boolean queue(UUID reportId, UUID organisationId, byte[] stateHash, String messageId, byte[] payload, Instant now) {
		return jdbc.sql("""
				INSERT INTO report_api_callback (report_id, organisation_id, state_hash, message_id, payload, state,
				  attempts, next_attempt_at, queued_at)
				VALUES (:report, :organisation, :hash, :message, :payload, 'PENDING', 0, :now, :now)
				ON CONFLICT (report_id) DO UPDATE SET state_hash = EXCLUDED.state_hash, message_id = EXCLUDED.message_id,
				  payload = EXCLUDED.payload, state = 'PENDING', attempts = 0, next_attempt_at = EXCLUDED.next_attempt_at,
				  queued_at = EXCLUDED.queued_at, sent_at = NULL, last_error = NULL
				WHERE report_api_callback.state_hash <> EXCLUDED.state_hash
				""")
			.param("report", reportId)
			.param("organisation", organisationId)
			.param("hash", stateHash)
			.param("message", messageId)
			.param("payload", payload)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** The next callback due but not to these organisations, locked until the transaction ends; one node sends it. */
	Optional<Outgoing> lockNextDue(Instant now, Collection<UUID> notTo) {
		return jdbc.sql("""
				SELECT report_id, organisation_id, message_id, payload, attempts FROM report_api_callback
				WHERE state = 'PENDING' AND next_attempt_at <= :now AND organisation_id NOT IN (:notTo)
				ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED
				""")
			.param("now", Timestamp.from(now))
			// NOT IN () is no SQL: the nil UUID is no organisation
			.param("notTo", notTo.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(notTo))
			.query((rs, n) -> new Outgoing(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getBytes(4), rs.getInt(5)))
			.optional();
	}

	void sent(UUID reportId, Instant at) {
		jdbc.sql("""
				UPDATE report_api_callback SET state = 'SENT', sent_at = :at, attempts = attempts + 1, last_error = NULL
				WHERE report_id = :report
				""").param("report", reportId).param("at", Timestamp.from(at)).update();
	}

	/** Not taken: tried again at {@code nextAttempt}, or given up ({@code null}). */
	void failed(UUID reportId, String error, @Nullable Instant nextAttempt) {
		jdbc.sql("""
				UPDATE report_api_callback SET attempts = attempts + 1, last_error = :error,
				  state = CASE WHEN CAST(:next AS TIMESTAMPTZ) IS NULL THEN 'FAILED' ELSE 'PENDING' END,
				  next_attempt_at = COALESCE(CAST(:next AS TIMESTAMPTZ), next_attempt_at)
				WHERE report_id = :report
				""")
			.param("report", reportId)
			.param("error", error.length() > 500 ? error.substring(0, 500) : error)
			.param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
			.update();
	}

	/** How the organisation's callbacks fare (read through its index, not the whole outbox). */
	org.openhotline.organisations.CallbackHealth health(UUID organisation) {
		return jdbc.sql("""
				SELECT count(*) FILTER (WHERE state = 'PENDING'), count(*) FILTER (WHERE state = 'FAILED'), max(sent_at),
				  (SELECT last_error FROM report_api_callback e
				   WHERE e.organisation_id = :organisation AND e.state IN ('PENDING', 'FAILED') AND e.last_error IS NOT NULL
				   ORDER BY e.next_attempt_at DESC LIMIT 1)
				FROM report_api_callback WHERE organisation_id = :organisation
				""")
			.param("organisation", organisation)
			.query((rs, n) -> new org.openhotline.organisations.CallbackHealth(rs.getLong(1), rs.getLong(2),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.single();
	}

	/** The organisation has no callback any more: nothing is sent. */
	void dropped(UUID reportId) {
		jdbc.sql("UPDATE report_api_callback SET state = 'DROPPED' WHERE report_id = :report").param("report", reportId).update();
	}
}
