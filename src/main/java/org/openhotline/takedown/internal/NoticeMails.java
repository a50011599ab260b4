package org.openhotline.takedown.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.crypto.Randoms;
import org.openhotline.takedown.NoticeMail;
import org.openhotline.takedown.TakedownAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox: mails written with the decision that calls for them, sent later by a job. */
@Repository
public class NoticeMails {

	/** A mail as the outbox keeps it. */
	record Outgoing(UUID id, UUID actionId, MailKind kind, String messageId, String recipientEmail, String language,
			String subject, String body, String status, int attempts, Instant nextAttemptAt, @Nullable String lastError,
			Instant createdAt, @Nullable Instant sentAt) {

		/** As the pages show it (the body stays in the outbox). */
		NoticeMail view() {
			return new NoticeMail(id, actionId, kind.name(), recipientEmail, subject, status, attempts, lastError, createdAt,
					sentAt);
		}
	}

	private final JdbcClient jdbc;

	/** The domain of the Message-IDs: the sender address's. */
	private final String messageDomain;

	NoticeMails(JdbcClient jdbc, TakedownProperties properties) {
		this.jdbc = jdbc;
		this.messageDomain = properties.fromAddress().substring(properties.fromAddress().indexOf('@') + 1);
	}

	void enqueue(TakedownAction action, MailKind kind, NoticeComposer.Mail mail, Instant now) {
		UUID id = Randoms.uuid();
		jdbc.sql("""
				INSERT INTO notice_mail (id, action_id, kind, message_id, recipient_email, language, subject, body, status,
				  next_attempt_at, created_at)
				VALUES (:id, :action, :kind, :messageId, :to, :language, :subject, :body, 'PENDING', :now, :now)
				""")
			.param("id", id)
			.param("action", action.id())
			.param("kind", kind.name())
			.param("messageId", "<" + id + "@" + messageDomain + ">")
			.param("to", action.recipientEmail())
			.param("language", action.language())
			.param("subject", mail.subject())
			.param("body", mail.body())
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Due mails, locked until the transaction ends; rows another node is sending are
	 * skipped, so no mail is picked twice.
	 */
	List<Outgoing> lockDue(Instant now, int limit) {
		return jdbc.sql("""
				SELECT * FROM notice_mail WHERE status = 'PENDING' AND next_attempt_at <= :now
				ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED
				""").param("now", Timestamp.from(now)).param("limit", limit).query(NoticeMails::row).list();
	}

	void delivered(UUID id, String status, Instant at) {
		jdbc.sql("UPDATE notice_mail SET status = :status, sent_at = :at, attempts = attempts + 1, last_error = NULL WHERE id = :id")
			.param("id", id)
			.param("status", status)
			.param("at", Timestamp.from(at))
			.update();
	}

	void failed(UUID id, String error, @Nullable Instant retryAt) {
		jdbc.sql("""
				UPDATE notice_mail SET attempts = attempts + 1, last_error = :error,
				  status = CASE WHEN CAST(:retry AS TIMESTAMPTZ) IS NULL THEN 'GAVE_UP' ELSE 'PENDING' END,
				  next_attempt_at = COALESCE(CAST(:retry AS TIMESTAMPTZ), next_attempt_at)
				WHERE id = :id
				""")
			.param("id", id)
			.param("error", error.length() > 500 ? error.substring(0, 500) : error)
			.param("retry", retryAt == null ? null : Timestamp.from(retryAt))
			.update();
	}

	public List<NoticeMail> ofAction(UUID actionId) {
		return jdbc.sql("SELECT * FROM notice_mail WHERE action_id = :id ORDER BY created_at")
			.param("id", actionId)
			.query(NoticeMails::row)
			.list()
			.stream()
			.map(Outgoing::view)
			.toList();
	}

	/**
	 * Mails given up after every attempt failed, for the analysts' attention; not those of a
	 * case whose content was removed since (nothing waits there any more).
	 */
	public List<NoticeMail> givenUp(int limit) {
		return jdbc.sql("""
				SELECT m.* FROM notice_mail m JOIN takedown_action a ON a.id = m.action_id
				JOIN takedown_case c ON c.case_id = a.case_id
				WHERE m.status = 'GAVE_UP' AND c.removed_at IS NULL ORDER BY m.created_at DESC LIMIT :limit
				""")
			.param("limit", limit)
			.query(NoticeMails::row)
			.list()
			.stream()
			.map(Outgoing::view)
			.toList();
	}

	/** Sends a given-up mail again from now, unless its case's content was removed since. */
	public boolean retry(UUID id, Instant now) {
		return jdbc.sql("""
				UPDATE notice_mail SET status = 'PENDING', attempts = 0, next_attempt_at = :now
				WHERE id = :id AND status = 'GAVE_UP' AND NOT EXISTS (SELECT 1 FROM takedown_action a
				  JOIN takedown_case c ON c.case_id = a.case_id WHERE a.id = notice_mail.action_id AND c.removed_at IS NOT NULL)
				""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	private static Outgoing row(ResultSet rs, int n) throws SQLException {
		return new Outgoing(rs.getObject("id", UUID.class), rs.getObject("action_id", UUID.class),
				MailKind.valueOf(rs.getString("kind")), rs.getString("message_id"), rs.getString("recipient_email"),
				rs.getString("language"), rs.getString("subject"), rs.getString("body"), rs.getString("status"),
				rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant(), TakedownRepository.instant(rs, "sent_at"));
	}
}
