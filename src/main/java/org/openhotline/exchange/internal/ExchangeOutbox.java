package org.openhotline.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.exchange.SignedReferral;
import org.openhotline.shared.crypto.Randoms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals waiting for a partner's endpoint, with the exact bytes and signature to send. */
@Repository
public class ExchangeOutbox {

	/** One referral to send. */
	public record Outgoing(UUID id, UUID partnerId, UUID caseId, String senderReference, String endpoint,
			SignedReferral referral, int attempts) {
	}

	private final JdbcClient jdbc;

	ExchangeOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queued once per partner and reference: a second call for the same referral adds nothing. */
	public void enqueue(UUID partnerId, UUID caseId, String senderReference, String endpoint, SignedReferral referral,
			Instant now) {
		jdbc.sql("""
				INSERT INTO exchange_outbox (id, partner_id, case_id, sender_reference, endpoint, document, signature,
				  key_id, next_attempt_at, created_at)
				VALUES (:id, :partner, :case, :reference, :endpoint, :document, :signature, :keyId, :now, :now)
				ON CONFLICT (partner_id, sender_reference) DO NOTHING
				""")
			.param("id", Randoms.uuid())
			.param("partner", partnerId)
			.param("case", caseId)
			.param("reference", senderReference)
			.param("endpoint", endpoint)
			.param("document", referral.body())
			.param("signature", referral.signature())
			.param("keyId", referral.keyId())
			.param("now", Timestamp.from(now))
			.update();
	}

	List<Outgoing> lockDue(Instant now, int limit) {
		return jdbc.sql("""
				SELECT * FROM exchange_outbox WHERE state = 'PENDING' AND next_attempt_at <= :now
				ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED
				""").param("now", Timestamp.from(now)).param("limit", limit).query(ExchangeOutbox::row).list();
	}

	void sent(UUID id, String receiverReference, Instant at) {
		jdbc.sql("""
				UPDATE exchange_outbox SET state = 'SENT', sent_at = :at, attempts = attempts + 1, last_error = NULL,
				  receiver_reference = :reference WHERE id = :id
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
		return new Outgoing(rs.getObject("id", UUID.class), rs.getObject("partner_id", UUID.class),
				rs.getObject("case_id", UUID.class), rs.getString("sender_reference"), rs.getString("endpoint"),
				new SignedReferral(rs.getBytes("document"), rs.getString("signature"), rs.getString("key_id")),
				rs.getInt("attempts"));
	}
}
