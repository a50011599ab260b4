package org.openhotline.exchange.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.exchange.OutcomeDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outcomes partners reported of the referrals we sent them, each once, with the bytes and signature received. */
@Repository
public class ReceivedOutcomes {

	/** One outcome as the case shows it. */
	public record Reported(String senderReference, String outcome, @Nullable String interpolClass,
			@Nullable Instant removedAt, Instant reportedAt) {
	}

	private final JdbcClient jdbc;

	ReceivedOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Kept once per referral and outcome; returns whether this call kept it. */
	public boolean record(UUID referralId, OutcomeDocument document, String keyId, byte[] body, String signature,
			Instant now) {
		return jdbc.sql("""
				INSERT INTO exchange_outcome (referral_id, outcome_key, outcome, interpol_class, removed_at, reported_at,
				  receiver_reference, key_id, document, signature, received_at)
				VALUES (:referral, :key, :outcome, :class, :removedAt, :at, :receiver, :keyId, :document, :signature, :now)
				ON CONFLICT DO NOTHING
				""")
			.param("referral", referralId)
			.param("key", document.key())
			.param("outcome", document.outcome().name())
			.param("class", document.interpolClass())
			.param("removedAt", document.removedAt() == null ? null : Timestamp.from(document.removedAt()))
			.param("at", Timestamp.from(document.at()))
			.param("receiver", document.receiverReference())
			.param("keyId", keyId)
			.param("document", body)
			.param("signature", signature)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** The outcomes reported of the referrals sent for this case, in the order reported. */
	public List<Reported> of(UUID caseId) {
		return jdbc.sql("""
				SELECT o.sender_reference, r.outcome, r.interpol_class, r.removed_at, r.reported_at
				FROM exchange_outcome r JOIN exchange_outbox o ON o.id = r.referral_id
				WHERE o.case_id = :case AND o.kind = 'REFERRAL'
				ORDER BY r.reported_at, r.received_at
				""").param("case", caseId).query((rs, n) -> {
					Timestamp removedAt = rs.getTimestamp("removed_at");
					return new Reported(rs.getString("sender_reference"), rs.getString("outcome"),
							rs.getString("interpol_class"), removedAt == null ? null : removedAt.toInstant(),
							rs.getTimestamp("reported_at").toInstant());
				}).list();
	}
}
