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
	 * when the same event is delivered again after a crash.
	 */
	CaseId join(ReportReceived report, ReportReceived.Item item) {
		UUID caseId = jdbc.sql("""
				INSERT INTO case_file (id, canonical_url, display_url, host, registrable_domain, flags, status,
				                       report_count, first_reported_at, last_reported_at)
				VALUES (:id, :url, :display, :host, :domain, :flags, 'NEW', 0, :at, :at)
				ON CONFLICT (canonical_url) DO UPDATE SET canonical_url = EXCLUDED.canonical_url
				RETURNING id
				""")
			.param("id", UUID.randomUUID())
			.param("url", item.canonicalUrl())
			.param("display", item.displayUrl())
			.param("host", item.host())
			.param("domain", item.registrableDomain())
			.param("flags", item.flags().toArray(String[]::new))
			.param("at", Timestamp.from(report.receivedAt()))
			.query(UUID.class)
			.single();
		int linked = jdbc.sql("""
				INSERT INTO case_report (case_id, report_id, portal_slug, reported_at)
				VALUES (:case, :report, :portal, :at)
				ON CONFLICT DO NOTHING
				""")
			.param("case", caseId)
			.param("report", report.reportId())
			.param("portal", report.portalSlug())
			.param("at", Timestamp.from(report.receivedAt()))
			.update();
		if (linked == 1) {
			jdbc.sql("""
					UPDATE case_file
					SET report_count = report_count + 1,
					    first_reported_at = least(first_reported_at, :at),
					    last_reported_at = greatest(last_reported_at, :at),
					    version = version + 1
					WHERE id = :case
					""").param("case", caseId).param("at", Timestamp.from(report.receivedAt())).update();
		}
		return new CaseId(caseId);
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
