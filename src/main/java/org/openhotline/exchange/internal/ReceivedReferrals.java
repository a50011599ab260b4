package org.openhotline.exchange.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openhotline.exchange.ReferralDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The referrals taken from partners, each with the exact bytes and signature received. */
@Repository
public class ReceivedReferrals {

	private final JdbcClient jdbc;

	ReceivedReferrals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<String> reportReference(UUID partner, String senderReference) {
		return jdbc.sql("SELECT report_reference FROM exchange_received WHERE partner_id = :partner AND sender_reference = :reference")
			.param("partner", partner)
			.param("reference", senderReference)
			.query(String.class)
			.optional();
	}

	/** Kept once: a retry that raced the first call finds the report intake already made. */
	public void record(UUID partner, ReferralDocument document, String reportReference, String keyId, byte[] body,
			String signature, Instant now) {
		jdbc.sql("""
				INSERT INTO exchange_received (partner_id, sender_reference, installation, report_reference, key_id,
				  document, signature, received_at)
				VALUES (:partner, :reference, :installation, :report, :keyId, :document, :signature, :now)
				ON CONFLICT DO NOTHING
				""")
			.param("partner", partner)
			.param("reference", document.reference())
			.param("installation", document.installation())
			.param("report", reportReference)
			.param("keyId", keyId)
			.param("document", body)
			.param("signature", signature)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** A referral taken from a partner, by the reference we answered it with. */
	public record Taken(UUID partnerId, String senderReference, String reportReference) {
	}

	/** The referrals that became these reports of ours. */
	public List<Taken> ofReports(Collection<String> reportReferences) {
		if (reportReferences.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT partner_id, sender_reference, report_reference FROM exchange_received
				WHERE report_reference IN (:references) ORDER BY received_at
				""")
			.param("references", List.copyOf(reportReferences))
			.query((rs, n) -> new Taken(rs.getObject("partner_id", UUID.class), rs.getString("sender_reference"),
					rs.getString("report_reference")))
			.list();
	}
}
