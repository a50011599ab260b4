package org.openhotline.triage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openhotline.intake.ReportChannel;
import org.openhotline.intake.ReportReceived;
import org.openhotline.triage.Assessment;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseStatus;
import org.openhotline.triage.QueueFilter;
import org.openhotline.triage.ReportSource;
import org.openhotline.triage.StaffRef;
import org.openhotline.triage.ReporterStatusQuery;
import org.openhotline.triage.Taxonomy;
import org.openhotline.shared.crypto.Randoms;
import org.openhotline.database.AsyncCommitJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases in PostgreSQL. Joining a report to a case is done in SQL (an upsert on the unique
 * canonical URL) so that concurrent reports of one address from several nodes make one case.
 */
@Repository
public class CaseRepository {

	/** The most portals and senders a case lists: a case may have reports of hundreds of organisations. */
	public static final int MAX_SOURCES = 20;

	private final JdbcClient jdbc;

	private final AsyncCommitJdbc redeliveredWrites;

	CaseRepository(JdbcClient jdbc, AsyncCommitJdbc redeliveredWrites) {
		this.jdbc = jdbc;
		this.redeliveredWrites = redeliveredWrites;
	}

	/**
	 * Makes sure a case exists for the item and that this report counts once in it, even
	 * when the same event is delivered again after a crash. One statement: the link of the
	 * report to the case is inserted if new, and the case is inserted or has its count
	 * raised by the number of new links (0 or 1). The case id is derived from the canonical
	 * URL, so it is known before the case row exists, and the primary key is the only unique
	 * key of a case: two first reports of one address joined at once meet on it alone.
	 * <p>
	 * The statement commits on its own, at once, without waiting for the disk ({@link AsyncCommitJdbc}).
	 * Should the server stop before the flush, the report's publication is still open (its
	 * completion is written after this commit, so it is lost with it), is delivered again at
	 * restart, and joining again is idempotent.
	 */
	public CaseId join(ReportReceived report, ReportReceived.Item item) {
		UUID caseId = caseIdOf(item.canonicalUrl());
		redeliveredWrites.client().sql("""
				WITH link AS (
				  INSERT INTO case_report (case_id, report_id, portal_slug, sender, reported_at)
				  VALUES (:case, :report, :portal, :sender, :at)
				  ON CONFLICT DO NOTHING
				  RETURNING 1
				)
				INSERT INTO case_file (id, canonical_url, display_url, host, registrable_domain, flags, status,
				                       report_count, first_reported_at, last_reported_at, priority)
				VALUES (:case, :url, :display, :host, :domain, :flags, 'NEW', (SELECT count(*) FROM link), :at, :at,
				        :priority)
				ON CONFLICT (id) DO UPDATE
				SET report_count = case_file.report_count + EXCLUDED.report_count,
				    priority = greatest(case_file.priority, EXCLUDED.priority),
				    first_reported_at = least(case_file.first_reported_at, EXCLUDED.first_reported_at),
				    last_reported_at = greatest(case_file.last_reported_at, EXCLUDED.last_reported_at),
				    version = case_file.version + EXCLUDED.report_count
				""")
			.param("case", caseId)
			.param("report", report.reportId())
			.param("portal", report.portalSlug())
			.param("sender", report.channel() == ReportChannel.PORTAL ? null : report.sender())
			.param("url", item.canonicalUrl())
			.param("display", item.displayUrl())
			.param("host", item.host())
			.param("domain", item.registrableDomain())
			.param("flags", item.flags().toArray(String[]::new))
			.param("at", Timestamp.from(report.receivedAt()))
			.param("priority", report.priority())
			.update();
		return new CaseId(caseId);
	}

	/** One case per canonical URL: its id is a name-based UUID of the URL. */
	static UUID caseIdOf(String canonicalUrl) {
		return UUID.nameUUIDFromBytes(("openhotline:case:" + canonicalUrl).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	public List<CaseStatus> statusesOfReport(UUID reportId) {
		return jdbc.sql("""
				SELECT c.status FROM case_file c JOIN case_report r ON r.case_id = c.id WHERE r.report_id = :report
				""").param("report", reportId).query((rs, n) -> CaseStatus.valueOf(rs.getString(1))).list();
	}

	/**
	 * The cases of a report's addresses: status, and the INTERPOL class of the final outcome
	 * (read from the taxonomy its last assessment was made under) once the case is no longer open.
	 */
	public List<ReporterStatusQuery.AddressStanding> addressesOfReport(UUID reportId) {
		return jdbc.sql("""
				SELECT c.id, c.canonical_url, c.status,
				       CASE WHEN c.status IN ('ASSESSED', 'CLOSED') AND c.outcome IS NOT NULL THEN
				         (SELECT jsonb_path_query_first(t.document, '$.outcomes[*] ? (@.code == $c).interpol',
				                                        jsonb_build_object('c', c.outcome)) #>> '{}'
				          FROM assessment a JOIN taxonomy t ON t.id = a.taxonomy_id AND t.version = a.taxonomy_version
				          WHERE a.case_id = c.id ORDER BY a.round DESC, a.assessed_at DESC LIMIT 1)
				       END AS interpol
				FROM case_file c JOIN case_report r ON r.case_id = c.id
				WHERE r.report_id = :report ORDER BY c.canonical_url
				""").param("report", reportId).query((rs, n) -> {
					String interpol = rs.getString("interpol");
					return new ReporterStatusQuery.AddressStanding(rs.getObject("id", UUID.class),
							rs.getString("canonical_url"), CaseStatus.valueOf(rs.getString("status")).forReporter(),
							interpol == null ? null : Taxonomy.InterpolClass.valueOf(interpol));
				}).list();
	}

	public List<Taxonomy.Feedback> feedbackOfReport(UUID reportId) {
		return jdbc.sql("""
				SELECT c.feedback FROM case_file c JOIN case_report r ON r.case_id = c.id
				WHERE r.report_id = :report AND c.feedback IS NOT NULL
				""").param("report", reportId).query((rs, n) -> Taxonomy.Feedback.valueOf(rs.getString(1))).list();
	}

	static Case map(ResultSet rs, int row) throws SQLException {
		UUID claimedBy = rs.getObject("claimed_by", UUID.class);
		Timestamp claimedUntil = rs.getTimestamp("claimed_until");
		Timestamp assessedAt = rs.getTimestamp("assessed_at");
		String feedback = rs.getString("feedback");
		UUID duplicateOf = rs.getObject("duplicate_of", UUID.class);
		return new Case(new CaseId(rs.getObject("id", UUID.class)), rs.getString("canonical_url"),
				rs.getString("display_url"), rs.getString("host"), rs.getString("registrable_domain"),
				Set.of((String[]) rs.getArray("flags").getArray()), CaseStatus.valueOf(rs.getString("status")),
				rs.getInt("report_count"), instant(rs, "first_reported_at"), instant(rs, "last_reported_at"),
				claimedBy == null ? null : new StaffRef(claimedBy, rs.getString("claimed_by_name"), rs.getString("claimed_by_username")),
				claimedUntil == null ? null : claimedUntil.toInstant(), rs.getString("outcome"),
				feedback == null ? null : Taxonomy.Feedback.valueOf(feedback),
				assessedAt == null ? null : assessedAt.toInstant(), (Boolean) rs.getObject("second_assessment"),
				rs.getLong("version"), duplicateOf == null ? null : new CaseId(duplicateOf));
	}

	public Optional<Case> findById(CaseId id) {
		return jdbc.sql("SELECT * FROM case_file WHERE id = :id").param("id", id.value()).query(CaseRepository::map).optional();
	}

	/**
	 * The case a person names: by its id (also inside a link to its page, as copied from the
	 * address bar) or by its address as the queue shows it (canonical) or as it was reported.
	 */
	public Optional<Case> findByIdOrAddress(String named) {
		java.util.regex.Matcher id = CASE_ID.matcher(named);
		if (id.find()) {
			return findById(new CaseId(UUID.fromString(id.group(1))));
		}
		return jdbc.sql("""
				SELECT * FROM case_file WHERE canonical_url = :named OR display_url = :named
				ORDER BY canonical_url = :named DESC, first_reported_at LIMIT 1
				""").param("named", named).query(CaseRepository::map).optional();
	}

	private static final java.util.regex.Pattern CASE_ID = java.util.regex.Pattern
		.compile("^(?:.*/office/cases/)?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:[/?#].*)?$");

	/**
	 * Writes the case's workflow state if nobody changed it since it was read (its version):
	 * of two analysts acting on one case at once, one wins and the other is told, never lost.
	 */
	public void update(Case c) {
		int updated = jdbc.sql("""
				UPDATE case_file SET status = :status, claimed_by = :by, claimed_by_name = :byName,
				  claimed_by_username = :byUsername,
				  claimed_until = :until, outcome = :outcome, feedback = :feedback, assessed_at = :at,
				  second_assessment = :second, duplicate_of = :duplicateOf, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("status", c.status().name())
			.param("by", c.claimedBy() == null ? null : c.claimedBy().id())
			.param("byName", c.claimedBy() == null ? null : c.claimedBy().name())
			.param("byUsername", c.claimedBy() == null ? null : c.claimedBy().username())
			.param("until", c.claimedUntil() == null ? null : Timestamp.from(c.claimedUntil()))
			.param("outcome", c.outcome())
			.param("feedback", c.feedback() == null ? null : c.feedback().name())
			.param("at", c.assessedAt() == null ? null : Timestamp.from(c.assessedAt()))
			.param("second", c.secondAssessment())
			.param("duplicateOf", c.duplicateOf() == null ? null : c.duplicateOf().value())
			.param("id", c.id().value())
			.param("version", c.version())
			.update();
		if (updated != 1) {
			throw new org.springframework.dao.OptimisticLockingFailureException("Case " + c.id() + " changed meanwhile");
		}
	}

	public void insertAssessment(CaseId id, Assessment assessment) {
		jdbc.sql("""
				INSERT INTO assessment (id, case_id, round, assessor, assessor_name, assessor_username, taxonomy_id,
				                        taxonomy_version, outcome, age_band, sexes, site_type, commercial, notes, assessed_at)
				VALUES (:id, :case, :round, :assessor, :name, :username, :taxonomy, :version, :outcome, :age, :sexes, :site,
				        :commercial, :notes, :at)
				""")
			.param("id", Randoms.uuid())
			.param("case", id.value())
			.param("round", assessment.round().name())
			.param("assessor", assessment.assessor().id())
			.param("name", assessment.assessor().name())
			.param("username", assessment.assessor().username())
			.param("taxonomy", assessment.taxonomyId())
			.param("version", assessment.taxonomyVersion())
			.param("outcome", assessment.outcome())
			.param("age", assessment.ageBand())
			.param("sexes", assessment.sexes().toArray(String[]::new))
			.param("site", assessment.siteType())
			.param("commercial", assessment.commercial())
			.param("notes", assessment.notes())
			.param("at", Timestamp.from(assessment.assessedAt()))
			.update();
	}

	public List<Assessment> assessmentsOf(CaseId id) {
		return jdbc.sql("SELECT * FROM assessment WHERE case_id = :id ORDER BY assessed_at, round")
			.param("id", id.value())
			.query((rs, n) -> new Assessment(Assessment.Round.valueOf(rs.getString("round")),
					new StaffRef(rs.getObject("assessor", UUID.class), rs.getString("assessor_name"),
							rs.getString("assessor_username")),
					rs.getString("taxonomy_id"), rs.getInt("taxonomy_version"), rs.getString("outcome"),
					rs.getString("age_band"), List.of((String[]) rs.getArray("sexes").getArray()), rs.getString("site_type"),
					(Boolean) rs.getObject("commercial"), rs.getString("notes"), rs.getTimestamp("assessed_at").toInstant()))
			.list();
	}

	/** A slice of a case's reports, oldest first: a case may have thousands. */
	public List<CaseReport> reportsOf(CaseId id, int limit, int offset) {
		return jdbc.sql("""
				SELECT report_id, portal_slug, reported_at FROM case_report WHERE case_id = :id
				ORDER BY reported_at, report_id LIMIT :limit OFFSET :offset
				""")
			.param("id", id.value())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new CaseReport(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	public boolean hasReport(CaseId id, UUID reportId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM case_report WHERE case_id = :id AND report_id = :report)")
			.param("id", id.value())
			.param("report", reportId)
			.query(Boolean.class)
			.single();
	}

	/** The portals and channels a case was reported through (with who sent it by a channel), at most {@link #MAX_SOURCES}. */
	public List<ReportSource> sourcesOf(CaseId id) {
		return jdbc.sql("""
				SELECT DISTINCT portal_slug, sender FROM case_report WHERE case_id = :id
				ORDER BY portal_slug, sender LIMIT :max""")
			.param("id", id.value())
			.param("max", MAX_SOURCES)
			.query((rs, n) -> new ReportSource(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** A report of a case, as the case page lists it (its details come from the intake module). */
	public record CaseReport(UUID reportId, String portalSlug, Instant reportedAt) {
	}

	/** Open cases by priority: the reporting organisation's priority, then most reports, then the oldest; as the filter says, for the person {@code me}. */
	public List<QueueEntry> queue(QueueFilter filter, UUID me, Instant now, int limit, int offset) {
		var params = new java.util.HashMap<String, Object>();
		StringBuilder sql = new StringBuilder("""
				SELECT c.*,
				       ARRAY(SELECT d.portal_slug FROM (%1$s) d ORDER BY d.portal_slug, d.sender) AS slugs,
				       ARRAY(SELECT d.sender FROM (%1$s) d ORDER BY d.portal_slug, d.sender) AS senders
				FROM case_file c
				WHERE c.status IN ('NEW', 'CLAIMED', 'SECOND_ASSESSMENT', 'DISAGREEMENT')
				""".formatted("SELECT DISTINCT r.portal_slug, r.sender FROM case_report r WHERE r.case_id = c.id "
				+ "ORDER BY 1, 2 LIMIT " + MAX_SOURCES)).append(conditions(filter, me, now, params));
		sql.append(" ORDER BY c.priority DESC, c.report_count DESC, c.first_reported_at, c.id LIMIT :limit OFFSET :offset");
		params.put("limit", limit);
		params.put("offset", offset);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new QueueEntry(map(rs, n), sources(rs)))
			.list();
	}

	/**
	 * The top case of the filter that {@code me} may claim now, locked for this transaction;
	 * cases another transaction is claiming at this moment are skipped, so that two people
	 * asking for their next case at once get two different cases. Never a disagreement (a
	 * supervisor settles those on the case page) nor a second assessment {@code me} made the
	 * first assessment of. A filter to the person's own cases ({@code mine}) is left out here:
	 * the next case to claim is never one they hold already.
	 */
	public Optional<Case> nextClaimable(QueueFilter filter, UUID me, Instant now) {
		var params = new java.util.HashMap<String, Object>();
		QueueFilter claimable = filter.mine()
				? new QueueFilter(filter.portals(), filter.status(), filter.olderThan(), false, filter.unclaimed()) : filter;
		String sql = """
				SELECT c.* FROM case_file c
				WHERE c.status IN ('NEW', 'CLAIMED', 'SECOND_ASSESSMENT')
				  AND (c.claimed_until IS NULL OR c.claimed_until <= :now)
				  AND NOT (c.status = 'SECOND_ASSESSMENT'
				           AND EXISTS (SELECT 1 FROM assessment a WHERE a.case_id = c.id AND a.assessor = :me))
				""" + conditions(claimable, me, now, params) + """
				 ORDER BY c.priority DESC, c.report_count DESC, c.first_reported_at, c.id LIMIT 1 FOR UPDATE OF c SKIP LOCKED
				""";
		return jdbc.sql(sql).params(params).query(CaseRepository::map).optional();
	}

	private static String conditions(QueueFilter filter, UUID me, Instant now, java.util.Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		params.put("me", me);
		params.put("now", Timestamp.from(now));
		if (filter.status() != null) {
			sql.append(" AND c.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.olderThan() != null) {
			sql.append(" AND c.first_reported_at <= :before");
			params.put("before", Timestamp.from(now.minus(filter.olderThan())));
		}
		if (!filter.portals().isEmpty()) {
			sql.append(" AND EXISTS (SELECT 1 FROM case_report r WHERE r.case_id = c.id AND r.portal_slug = ANY(:portals))");
			params.put("portals", filter.portals().toArray(String[]::new));
		}
		if (filter.mine()) {
			sql.append(" AND c.claimed_by = :me AND c.claimed_until > :now");
		}
		if (filter.unclaimed()) {
			sql.append(" AND (c.claimed_until IS NULL OR c.claimed_until <= :now)");
		}
		return sql.toString();
	}

	/**
	 * How many open cases there are per status, how many of them were first reported before
	 * {@code agedBefore}, and how many {@code me} holds; each counted up to {@code cap} only, so
	 * that a queue of a hundred thousand cases is counted as fast as a small one (each count
	 * reads at most {@code cap} entries of an index). Of every portal: a count of some portals
	 * would read their reports, case by case.
	 */
	public Counts counts(UUID me, Instant now, Instant agedBefore, int cap) {
		java.util.Map<CaseStatus, Integer> byStatus = new java.util.EnumMap<>(CaseStatus.class);
		for (CaseStatus status : List.of(CaseStatus.NEW, CaseStatus.CLAIMED, CaseStatus.SECOND_ASSESSMENT,
				CaseStatus.DISAGREEMENT)) {
			byStatus.put(status, countUpTo(new QueueFilter(List.of(), status, null, false, false), me, now, cap));
		}
		int aged = countUpTo(new QueueFilter(List.of(), null, java.time.Duration.between(agedBefore, now), false, false),
				me, now, cap);
		int mine = countUpTo(new QueueFilter(List.of(), null, null, true, false), me, now, cap);
		return new Counts(byStatus, aged, mine);
	}

	private int countUpTo(QueueFilter filter, UUID me, Instant now, int cap) {
		var params = new java.util.HashMap<String, Object>();
		params.put("cap", cap);
		return jdbc.sql("""
				SELECT count(*) FROM (SELECT 1 FROM case_file c
				WHERE c.status IN ('NEW', 'CLAIMED', 'SECOND_ASSESSMENT', 'DISAGREEMENT')
				""" + conditions(filter, me, now, params) + " LIMIT :cap) AS capped")
			.params(params)
			.query(Integer.class)
			.single();
	}

	/** Open cases per status, aged ones and the person's own, as {@link #counts} finds them (at most its cap). */
	public record Counts(java.util.Map<CaseStatus, Integer> byStatus, int aged, int mine) {
	}

	/**
	 * The portals cases were reported from, by slug: read from the index of portal and case
	 * one slug at a time (a loose index scan), not by reading every report.
	 */
	public List<String> portalsSeen() {
		return jdbc.sql("""
				WITH RECURSIVE slugs (slug) AS (
				  (SELECT portal_slug FROM case_report ORDER BY portal_slug LIMIT 1)
				  UNION ALL
				  SELECT (SELECT r.portal_slug FROM case_report r WHERE r.portal_slug > s.slug ORDER BY r.portal_slug LIMIT 1)
				  FROM slugs s WHERE s.slug IS NOT NULL
				)
				SELECT slug FROM slugs WHERE slug IS NOT NULL ORDER BY slug
				""").query(String.class).list();
	}

	/** A line of the queue. */
	public record QueueEntry(Case kase, List<ReportSource> sources) {
	}

	private static List<ReportSource> sources(ResultSet rs) throws SQLException {
		String[] slug = (String[]) rs.getArray("slugs").getArray();
		String[] sender = (String[]) rs.getArray("senders").getArray();
		List<ReportSource> sources = new java.util.ArrayList<>(slug.length);
		for (int i = 0; i < slug.length; i++) {
			sources.add(new ReportSource(slug[i], sender[i]));
		}
		return sources;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}
}
