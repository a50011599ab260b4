package org.openhotline.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openhotline.intake.ReportReceived;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases in PostgreSQL. Joining a report to a case is done in SQL (an upsert on the unique
 * canonical URL) so that concurrent reports of one address from several nodes make one case.
 */
@Repository
class CaseRepository {

	private final JdbcClient jdbc;

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes sure a case exists for the item and that this report counts once in it, even
	 * when the same event is delivered again after a crash. One statement: the link of the
	 * report to the case is inserted if new, and the case is inserted or has its count
	 * raised by the number of new links (0 or 1). The case id is derived from the canonical
	 * URL, so it is known before the case row exists.
	 */
	CaseId join(ReportReceived report, ReportReceived.Item item) {
		UUID caseId = caseIdOf(item.canonicalUrl());
		jdbc.sql("""
				WITH link AS (
				  INSERT INTO case_report (case_id, report_id, portal_slug, reported_at)
				  VALUES (:case, :report, :portal, :at)
				  ON CONFLICT DO NOTHING
				  RETURNING 1
				)
				INSERT INTO case_file (id, canonical_url, display_url, host, registrable_domain, flags, status,
				                       report_count, first_reported_at, last_reported_at)
				VALUES (:case, :url, :display, :host, :domain, :flags, 'NEW', (SELECT count(*) FROM link), :at, :at)
				ON CONFLICT (canonical_url) DO UPDATE
				SET report_count = case_file.report_count + EXCLUDED.report_count,
				    first_reported_at = least(case_file.first_reported_at, EXCLUDED.first_reported_at),
				    last_reported_at = greatest(case_file.last_reported_at, EXCLUDED.last_reported_at),
				    version = case_file.version + EXCLUDED.report_count
				""")
			.param("case", caseId)
			.param("report", report.reportId())
			.param("portal", report.portalSlug())
			.param("url", item.canonicalUrl())
			.param("display", item.displayUrl())
			.param("host", item.host())
			.param("domain", item.registrableDomain())
			.param("flags", item.flags().toArray(String[]::new))
			.param("at", Timestamp.from(report.receivedAt()))
			.update();
		return new CaseId(caseId);
	}

	/** One case per canonical URL: its id is a name-based UUID of the URL. */
	static UUID caseIdOf(String canonicalUrl) {
		return UUID.nameUUIDFromBytes(("openhotline:case:" + canonicalUrl).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	Optional<Case> findByCanonicalUrl(String canonicalUrl) {
		return jdbc.sql("SELECT * FROM case_file WHERE canonical_url = :url")
			.param("url", canonicalUrl)
			.query(CaseRepository::map)
			.optional();
	}

	List<CaseStatus> statusesOfReport(UUID reportId) {
		return jdbc.sql("""
				SELECT c.status FROM case_file c JOIN case_report r ON r.case_id = c.id WHERE r.report_id = :report
				""").param("report", reportId).query((rs, n) -> CaseStatus.valueOf(rs.getString(1))).list();
	}

	private static Case map(ResultSet rs, int row) throws SQLException {
		return new Case(new CaseId(rs.getObject("id", UUID.class)), rs.getString("canonical_url"),
				rs.getString("display_url"), rs.getString("host"), rs.getString("registrable_domain"),
				Set.of((String[]) rs.getArray("flags").getArray()), CaseStatus.valueOf(rs.getString("status")),
				rs.getInt("report_count"), instant(rs, "first_reported_at"), instant(rs, "last_reported_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}
}
