package org.openhotline.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.exchange.SignedReferral;
import org.openhotline.shared.crypto.Randoms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Documents waiting for a partner's endpoint, with the exact bytes and signature to send: the
 * referrals we send, and the outcomes we report of the referrals partners sent us.
 */
@Repository
public class ExchangeOutbox {

	/** What a row carries. */
	public enum Kind {
		REFERRAL, OUTCOME
	}

	/** One document to send. {@code caseId}: ours (the referred case, or the case the outcome is of). */
	public record Outgoing(UUID id, Kind kind, UUID partnerId, UUID caseId, String senderReference, String endpoint,
			SignedReferral referral, int attempts) {
	}

	/** How a referral we sent fares: the analyst's view of its delivery. */
	public record Delivery(UUID id, UUID caseId, String senderReference, String state, int attempts,
			@Nullable String lastError, @Nullable Instant nextAttemptAt, @Nullable String receiverReference,
			@Nullable Instant sentAt) {
	}

	/** The referral we sent to this partner with this reference. */
	public record SentReferral(UUID id, UUID caseId, @Nullable String receiverReference, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	ExchangeOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queued once per partner and reference: a second call for the same referral adds nothing.
	 * Returns whether this call queued it.
	 */
	public boolean enqueue(UUID partnerId, UUID caseId, String senderReference, String endpoint, SignedReferral referral,
			Instant now) {
		return enqueue(Kind.REFERRAL, "", partnerId, caseId, senderReference, endpoint, referral, now);
	}

	/** An outcome, queued once per partner, referral and {@code outcome} key. Returns whether this call queued it. */
	public boolean enqueueOutcome(String outcome, UUID partnerId, UUID caseId, String senderReference, String endpoint,
			SignedReferral document, Instant now) {
		return enqueue(Kind.OUTCOME, outcome, partnerId, caseId, senderReference, endpoint, document, now);
	}

	/** Whether this outcome of this referral was queued already (its document need not be made again). */
	public boolean outcomeQueued(UUID partnerId, String senderReference, String outcome) {
		return jdbc.sql("""
				SELECT count(*) FROM exchange_outbox WHERE kind = 'OUTCOME' AND partner_id = :partner
				  AND sender_reference = :reference AND outcome = :outcome
				""").param("partner", partnerId).param("reference", senderReference).param("outcome", outcome)
			.query(Long.class).single() > 0;
	}

	private boolean enqueue(Kind kind, String outcome, UUID partnerId, UUID caseId, String senderReference,
			String endpoint, SignedReferral referral, Instant now) {
		return jdbc.sql("""
				INSERT INTO exchange_outbox (id, kind, outcome, partner_id, case_id, sender_reference, endpoint, document,
				  signature, key_id, next_attempt_at, created_at)
				VALUES (:id, :kind, :outcome, :partner, :case, :reference, :endpoint, :document, :signature, :keyId, :now,
				  :now)
				ON CONFLICT (partner_id, kind, sender_reference, outcome) DO NOTHING
				""")
			.param("id", Randoms.uuid())
			.param("kind", kind.name())
			.param("outcome", outcome)
			.param("partner", partnerId)
			.param("case", caseId)
			.param("reference", senderReference)
			.param("endpoint", endpoint)
			.param("document", referral.body())
			.param("signature", referral.signature())
			.param("keyId", referral.keyId())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** The referrals sent for this case, each with its delivery, oldest first. */
	public List<Delivery> deliveries(UUID caseId) {
		return jdbc.sql("""
				SELECT * FROM exchange_outbox WHERE kind = 'REFERRAL' AND case_id = :case ORDER BY created_at, id
				""").param("case", caseId).query((rs, n) -> new Delivery(rs.getObject("id", UUID.class),
						rs.getObject("case_id", UUID.class), rs.getString("sender_reference"), rs.getString("state"),
						rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "next_attempt_at"),
						rs.getString("receiver_reference"), instant(rs, "sent_at")))
			.list();
	}

	/** The referral sent to this partner with this reference, locked until the transaction ends. */
	public Optional<SentReferral> lockReferral(UUID partnerId, String senderReference) {
		return jdbc.sql("""
				SELECT id, case_id, receiver_reference, created_at FROM exchange_outbox
				WHERE kind = 'REFERRAL' AND partner_id = :partner AND sender_reference = :reference FOR UPDATE
				""").param("partner", partnerId).param("reference", senderReference)
			.query((rs, n) -> new SentReferral(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getString("receiver_reference"), rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	List<Outgoing> lockDue(Instant now, int limit) {
		return jdbc.sql("""
				SELECT * FROM exchange_outbox WHERE state = 'PENDING' AND next_attempt_at <= :now
				ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED
				""").param("now", Timestamp.from(now)).param("limit", limit).query(ExchangeOutbox::row).list();
	}

	void sent(UUID id, @Nullable String receiverReference, Instant at) {
		jdbc.sql("""
				UPDATE exchange_outbox SET state = 'SENT', sent_at = :at, attempts = attempts + 1, last_error = NULL,
				  receiver_reference = COALESCE(CAST(:reference AS TEXT), receiver_reference) WHERE id = :id
				""").param("id", id).param("at", Timestamp.from(at)).param("reference", receiverReference).update();
	}

	void failed(UUID id, String error, @Nullable Instant nextAttempt) {
		jdbc.sql("""
				UPDATE exchange_outbox SET attempts = attempts + 1, last_error = :error,
				  state = CASE WHEN CAST(:next AS TIMESTAMPTZ) IS NULL THEN 'FAILED' ELSE 'PENDING' END,
				  next_attempt_at = COALESCE(CAST(:next AS TIMESTAMPTZ), next_attempt_at)
				WHERE id = :id
				""")
			.param("id", id)
			.param("error", error.length() > 500 ? error.substring(0, 500) : error)
			.param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
			.update();
	}

	private static Outgoing row(ResultSet rs, int n) throws SQLException {
		return new Outgoing(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
				rs.getObject("partner_id", UUID.class),
				rs.getObject("case_id", UUID.class), rs.getString("sender_reference"), rs.getString("endpoint"),
				new SignedReferral(rs.getBytes("document"), rs.getString("signature"), rs.getString("key_id")),
				rs.getInt("attempts"));
	}

	/** The earliest due time of what waits, if anything does. */
	@Nullable
	Instant nextDue() {
		return jdbc.sql("SELECT next_attempt_at FROM exchange_outbox WHERE state = 'PENDING' ORDER BY next_attempt_at LIMIT 1")
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
