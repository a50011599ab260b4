package org.openhotline.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openhotline.intake.internal.ContactCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the back office may read of reports: the answers to the form, never anything about
 * the reporter. Contact details are decrypted one report at a time, for callers that have
 * checked the reader's role and audited the reading.
 */
@Service
public class ReportDetails {

	/** A report as an analyst sees it on a case. */
	public record Summary(UUID id, String reference, String portalSlug, String language, ContentSeen seen,
			FoundWhere found, @Nullable String description, boolean hasContact, Instant receivedAt) {
	}

	private final JdbcClient jdbc;

	private final ContactCipher cipher;

	ReportDetails(JdbcClient jdbc, ContactCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Transactional(readOnly = true)
	public List<Summary> summaries(Collection<UUID> reportIds) {
		if (reportIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT id, reference, portal_slug, language, content_seen, found_where, description,
				       contact_ciphertext IS NOT NULL AS has_contact, received_at
				FROM report WHERE id = ANY(:ids) ORDER BY received_at
				""")
			.param("ids", reportIds.toArray(UUID[]::new))
			.query((rs, n) -> new Summary(rs.getObject("id", UUID.class), rs.getString("reference"),
					rs.getString("portal_slug"), rs.getString("language"), ContentSeen.valueOf(rs.getString("content_seen")),
					FoundWhere.valueOf(rs.getString("found_where")), rs.getString("description"),
					rs.getBoolean("has_contact"), ((Timestamp) rs.getObject("received_at", Timestamp.class)).toInstant()))
			.list();
	}

	/** The reporter's contact details, if they gave some and the retention period has not erased them. */
	@Transactional(readOnly = true)
	public Optional<ContactDetails> contactOf(UUID reportId) {
		return jdbc.sql("SELECT contact_ciphertext FROM report WHERE id = :id AND contact_ciphertext IS NOT NULL")
			.param("id", reportId)
			.query((rs, n) -> rs.getBytes(1))
			.optional()
			.map(stored -> cipher.decrypt(stored, new ReportId(reportId)));
	}
}
