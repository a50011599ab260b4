package org.openhotline.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.intake.ApiReport;
import org.openhotline.intake.ReportChannel;
import org.openhotline.intake.ContentSeen;
import org.openhotline.intake.FoundWhere;
import org.openhotline.intake.ReportDetails;
import org.openhotline.intake.ReportId;
import org.openhotline.intake.ReportReference;
import org.openhotline.intake.SubmitReport;
import org.openhotline.intake.url.CanonicalUrl;
import org.openhotline.intake.url.UrlFlag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports and their items in PostgreSQL. */
@Repository
public class ReportRepository {

	/** A stored report as the status page needs it. */
	public record StoredReport(ReportId id, ReportReference reference, Instant receivedAt) {
	}

	private final JdbcClient jdbc;

	/** The items of the report the statement's {@code new_report} inserted (none if it inserted none), from arrays. */
	private static final String ITEMS_OF_NEW_REPORT = """
			INSERT INTO reported_item (report_id, position, canonical_url, display_url, host, registrable_domain, flags)
			SELECT new_report.id, item.position, item.url, item.display, item.host, item.domain,
			       string_to_array(item.flags, ',')
			FROM new_report,
			     unnest(CAST(:positions AS int[]), CAST(:urls AS text[]), CAST(:displays AS text[]),
			            CAST(:hosts AS text[]), CAST(:domains AS text[]), CAST(:flags AS text[]))
			       AS item(position, url, display, host, domain, flags)
			""";

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The parameters of {@link #ITEMS_OF_NEW_REPORT}: one array per column, in the addresses' order. */
	private static java.util.Map<String, Object> itemParams(List<CanonicalUrl> urls) {
		Integer[] positions = new Integer[urls.size()];
		for (int i = 0; i < positions.length; i++) {
			positions[i] = i + 1;
		}
		return java.util.Map.of("positions", positions,
				"urls", urls.stream().map(CanonicalUrl::value).toArray(String[]::new),
				"displays", urls.stream().map(CanonicalUrl::display).toArray(String[]::new),
				"hosts", urls.stream().map(CanonicalUrl::host).toArray(String[]::new),
				"domains", urls.stream().map(CanonicalUrl::registrableDomain).toArray(String[]::new),
				"flags", urls.stream()
					.map(url -> String.join(",", url.flags().stream().map(UrlFlag::name).sorted().toList()))
					.toArray(String[]::new));
	}

	/**
	 * Inserts the report unless one was already made with the same form; returns whether
	 * this call inserted it. Two concurrent calls with one form: the second waits for the
	 * first to commit, then inserts nothing.
	 */
	public boolean insertIfNew(ReportId id, ReportReference reference, SubmitReport command, byte @Nullable [] contactCiphertext,
			@Nullable Instant contactPurgeAt, byte[] receiptHash, Instant receivedAt) {
		// one round trip: the report, and its items only if the report was new
		int items = jdbc.sql("""
				WITH new_report AS (
				  INSERT INTO report (id, reference, form_token_hash, portal_slug, language, content_seen, found_where,
				                      description, contact_ciphertext, contact_purge_at, receipt_hash, received_at,
				                      channel, organisation_name, organisation_reference)
				  VALUES (:id, :reference, :token, :portal, :language, :seen, :found, :description, :contact, :purgeAt,
				          :receipt, :receivedAt, :channel, :senderName, :senderReference)
				  -- no arbiter: the same form sent twice at once conflicts on its token or on its
				  -- receipt hash (both derived from the form), whichever index PostgreSQL checks first
				  ON CONFLICT DO NOTHING
				  RETURNING id
				)
				""" + ITEMS_OF_NEW_REPORT)
			.param("id", id.value())
			.param("reference", reference.value())
			.param("token", formHash(command.formTokenId()))
			.param("portal", command.portalSlug())
			.param("language", command.language())
			.param("seen", command.contentSeen().name())
			.param("found", command.foundWhere().name())
			.param("description", command.description())
			.param("channel", command.channel().name())
			.param("senderName", command.referral() == null ? null : command.referral().partnerName())
			.param("senderReference", command.referral() == null ? null : command.referral().partnerReference())
			.param("contact", contactCiphertext)
			.param("purgeAt", contactPurgeAt == null ? null : Timestamp.from(contactPurgeAt))
			.param("receipt", receiptHash)
			.param("receivedAt", Timestamp.from(receivedAt))
			.params(itemParams(command.urls()))
			.update();
		return items > 0;
	}

	/** Inserts a report sent through the report API, with its items. */
	public void insertApiReport(ReportId id, ReportReference reference, ApiReport command, byte[] formHash,
			byte[] receiptHash, Instant receivedAt) {
		jdbc.sql("""
				WITH new_report AS (
				  INSERT INTO report (id, reference, form_token_hash, portal_slug, language, content_seen, found_where,
				                      description, receipt_hash, received_at, channel, organisation_id,
				                      organisation_name, organisation_reference)
				  VALUES (:id, :reference, :token, :portal, 'en', :seen, :found, :description, :receipt, :receivedAt,
				          'API', :organisation, :organisationName, :organisationReference)
				  RETURNING id
				)
				""" + ITEMS_OF_NEW_REPORT)
			.param("id", id.value())
			.param("reference", reference.value())
			.param("token", formHash)
			.param("portal", ReportChannel.API.slug())
			.param("seen", command.contentSeen().name())
			.param("found", command.foundWhere().name())
			.param("description", command.notes())
			.param("receipt", receiptHash)
			.param("receivedAt", Timestamp.from(receivedAt))
			.param("organisation", command.organisationId())
			.param("organisationName", command.organisationName())
			.param("organisationReference", command.organisationReference())
			.params(itemParams(command.urls()))
			.update();
	}

	/** The id of an API report, only if the organisation sent it. */
	public Optional<UUID> apiReportOf(UUID organisationId, String reference) {
		return jdbc.sql("SELECT id FROM report WHERE reference = :reference AND organisation_id = :organisation AND channel = 'API'")
			.param("reference", reference)
			.param("organisation", organisationId)
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.optional();
	}

	public List<ReportDetails.ApiReportRef> apiReportsAmong(Collection<UUID> reportIds) {
		return jdbc.sql("SELECT id, organisation_id, reference FROM report WHERE id = ANY(:ids) AND channel = 'API'")
			.param("ids", reportIds.toArray(UUID[]::new))
			.query((rs, n) -> new ReportDetails.ApiReportRef(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3)))
			.list();
	}

	public Optional<ReportReference> referenceForForm(String formTokenId) {
		return jdbc.sql("SELECT reference FROM report WHERE form_token_hash = :token")
			.param("token", formHash(formTokenId))
			.query((rs, n) -> new ReportReference(rs.getString(1)))
			.optional();
	}

	public Optional<StoredReport> findByReceiptHash(byte[] receiptHash) {
		return jdbc.sql("SELECT id, reference, received_at FROM report WHERE receipt_hash = :hash")
			.param("hash", receiptHash)
			.query((rs, n) -> new StoredReport(new ReportId(rs.getObject(1, UUID.class)),
					new ReportReference(rs.getString(2)), rs.getTimestamp(3).toInstant()))
			.optional();
	}

	public List<ReportDetails.Summary> summaries(Collection<UUID> reportIds) {
		return jdbc.sql("""
				SELECT id, reference, portal_slug, language, content_seen, found_where, description,
				       contact_ciphertext IS NOT NULL AS has_contact, received_at, channel, organisation_name,
				       organisation_reference
				FROM report WHERE id = ANY(:ids) ORDER BY received_at
				""")
			.param("ids", reportIds.toArray(UUID[]::new))
			.query((rs, n) -> new ReportDetails.Summary(rs.getObject("id", UUID.class), rs.getString("reference"),
					rs.getString("portal_slug"), rs.getString("language"), ContentSeen.valueOf(rs.getString("content_seen")),
					FoundWhere.valueOf(rs.getString("found_where")), rs.getString("description"),
					rs.getBoolean("has_contact"), ((Timestamp) rs.getObject("received_at", Timestamp.class)).toInstant(),
					rs.getString("channel"), rs.getString("organisation_name"), rs.getString("organisation_reference")))
			.list();
	}

	public Optional<byte[]> contactCiphertext(UUID reportId) {
		return jdbc.sql("SELECT contact_ciphertext FROM report WHERE id = :id AND contact_ciphertext IS NOT NULL")
			.param("id", reportId)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	/**
	 * What is stored of a form's id: its SHA-256, one-way. The id has 128 random bits, so
	 * no key is needed to keep it from being guessed back; the migration that hashed the
	 * ids already stored computes the same in SQL.
	 */
	public static byte[] formHash(String formTokenId) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(formTokenId.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/** Erases contact details whose retention has ended; safe to run on several nodes at once. */
	public int purgeContactsDueBefore(Instant now) {
		return jdbc.sql("""
				UPDATE report SET contact_ciphertext = NULL, contact_purge_at = NULL
				WHERE contact_purge_at IS NOT NULL AND contact_purge_at <= :now
				""").param("now", Timestamp.from(now)).update();
	}
}
