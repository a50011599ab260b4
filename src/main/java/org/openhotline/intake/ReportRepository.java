package org.openhotline.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.intake.url.CanonicalUrl;
import org.openhotline.intake.url.UrlFlag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports and their items in PostgreSQL. */
@Repository
class ReportRepository {

	/** A stored report as the status page needs it. */
	record StoredReport(ReportId id, ReportReference reference, Instant receivedAt) {
	}

	private final JdbcClient jdbc;

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the report unless one was already made with the same form; returns whether
	 * this call inserted it. Two concurrent calls with one form: the second waits for the
	 * first to commit, then inserts nothing.
	 */
	boolean insertIfNew(ReportId id, ReportReference reference, SubmitReport command, byte @Nullable [] contactCiphertext,
			@Nullable Instant contactPurgeAt, byte[] receiptHash, Instant receivedAt) {
		int inserted = jdbc.sql("""
				INSERT INTO report (id, reference, form_token_id, portal_slug, language, content_seen, found_where,
				                    description, contact_ciphertext, contact_purge_at, receipt_hash, received_at)
				VALUES (:id, :reference, :token, :portal, :language, :seen, :found, :description, :contact, :purgeAt,
				        :receipt, :receivedAt)
				ON CONFLICT (form_token_id) DO NOTHING
				""")
			.param("id", id.value())
			.param("reference", reference.value())
			.param("token", command.formTokenId())
			.param("portal", command.portalSlug())
			.param("language", command.language())
			.param("seen", command.contentSeen().name())
			.param("found", command.foundWhere().name())
			.param("description", command.description())
			.param("contact", contactCiphertext)
			.param("purgeAt", contactPurgeAt == null ? null : Timestamp.from(contactPurgeAt))
			.param("receipt", receiptHash)
			.param("receivedAt", Timestamp.from(receivedAt))
			.update();
		if (inserted == 0) {
			return false;
		}
		List<CanonicalUrl> urls = command.urls();
		for (int i = 0; i < urls.size(); i++) {
			CanonicalUrl url = urls.get(i);
			jdbc.sql("""
					INSERT INTO reported_item (report_id, position, canonical_url, display_url, host, registrable_domain, flags)
					VALUES (:report, :position, :url, :display, :host, :domain, :flags)
					""")
				.param("report", id.value())
				.param("position", i + 1)
				.param("url", url.value())
				.param("display", url.display())
				.param("host", url.host())
				.param("domain", url.registrableDomain())
				.param("flags", url.flags().stream().map(UrlFlag::name).sorted().toArray(String[]::new))
				.update();
		}
		return true;
	}

	Optional<ReportReference> referenceForForm(String formTokenId) {
		return jdbc.sql("SELECT reference FROM report WHERE form_token_id = :token")
			.param("token", formTokenId)
			.query((rs, n) -> new ReportReference(rs.getString(1)))
			.optional();
	}

	Optional<StoredReport> findByReceiptHash(byte[] receiptHash) {
		return jdbc.sql("SELECT id, reference, received_at FROM report WHERE receipt_hash = :hash")
			.param("hash", receiptHash)
			.query((rs, n) -> new StoredReport(new ReportId(rs.getObject(1, UUID.class)),
					new ReportReference(rs.getString(2)), rs.getTimestamp(3).toInstant()))
			.optional();
	}

	/** Erases contact details whose retention has ended; safe to run on several nodes at once. */
	int purgeContactsDueBefore(Instant now) {
		return jdbc.sql("""
				UPDATE report SET contact_ciphertext = NULL, contact_purge_at = NULL
				WHERE contact_purge_at IS NOT NULL AND contact_purge_at <= :now
				""").param("now", Timestamp.from(now)).update();
	}
}
