package org.openhotline.statistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes the statistics tables; each write tells whether the event was new, so a redelivery counts nothing. */
@Repository
public class Counters {

	/** The portal of addresses reported before the module kept any (or through no report it heard of). */
	public static final String UNKNOWN_PORTAL = "";

	private final JdbcClient jdbc;

	Counters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean firstDeliveryOfReport(UUID reportId) {
		return jdbc.sql("INSERT INTO stat_report (report_id) VALUES (:id) ON CONFLICT DO NOTHING")
			.param("id", reportId)
			.update() == 1;
	}

	void portalSeen(String portal) {
		jdbc.sql("INSERT INTO stat_portal (portal_slug) VALUES (:portal) ON CONFLICT DO NOTHING")
			.param("portal", portal)
			.update();
	}

	/** True when the address was never reported before: it opens a case. */
	boolean firstReportOfAddress(String canonicalUrl, String portal, Instant at) {
		return jdbc.sql("""
				INSERT INTO stat_address (canonical_url, portal_slug, first_reported_at) VALUES (:url, :portal, :at)
				ON CONFLICT DO NOTHING""")
			.param("url", canonicalUrl)
			.param("portal", portal)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	String portalOf(String canonicalUrl) {
		Optional<String> portal = jdbc.sql("SELECT portal_slug FROM stat_address WHERE canonical_url = :url")
			.param("url", canonicalUrl)
			.query(String.class)
			.optional();
		return portal.orElse(UNKNOWN_PORTAL);
	}

	void add(String portal, Instant at, String figure, String item, long count) {
		jdbc.sql("""
				INSERT INTO stat_daily (portal_slug, day, figure, item, count) VALUES (:portal, :day, :figure, :item, :count)
				ON CONFLICT (portal_slug, day, figure, item) DO UPDATE SET count = stat_daily.count + excluded.count""")
			.param("portal", portal)
			.param("day", LocalDate.ofInstant(at, ZoneOffset.UTC))
			.param("figure", figure)
			.param("item", item)
			.param("count", count)
			.update();
	}

	/** A case's times after a step was recorded; absent when the step had been recorded before. */
	record CaseTimes(@Nullable Instant firstReportedAt, @Nullable Instant firstNoticeAt, @Nullable Instant removedAt) {
	}

	/** Records the assessment of a case, the first time only. */
	Optional<CaseTimes> assessed(UUID caseId, String portal, Instant firstReportedAt, Instant assessedAt) {
		return jdbc.sql("""
				INSERT INTO stat_case (case_id, portal_slug, first_reported_at, assessed_at)
				VALUES (:id, :portal, :first, :at)
				ON CONFLICT (case_id) DO UPDATE SET first_reported_at = excluded.first_reported_at,
				                                    assessed_at = excluded.assessed_at
				WHERE stat_case.assessed_at IS NULL
				RETURNING first_reported_at, first_notice_at, removed_at""")
			.param("id", caseId)
			.param("portal", portal)
			.param("first", Timestamp.from(firstReportedAt))
			.param("at", Timestamp.from(assessedAt))
			.query(Counters::times)
			.optional();
	}

	/** Records a case's first notice, once. */
	Optional<CaseTimes> noticed(UUID caseId, String portal, Instant at) {
		return stamp("first_notice_at", caseId, portal, at);
	}

	/** Records a case's removal, once. */
	Optional<CaseTimes> removed(UUID caseId, String portal, Instant at) {
		return stamp("removed_at", caseId, portal, at);
	}

	private Optional<CaseTimes> stamp(String column, UUID caseId, String portal, Instant at) {
		// the column is one of two constants above, never input
		return jdbc.sql("INSERT INTO stat_case (case_id, portal_slug, " + column + ") VALUES (:id, :portal, :at) "
				+ "ON CONFLICT (case_id) DO UPDATE SET " + column + " = excluded." + column + " WHERE stat_case." + column
				+ " IS NULL RETURNING first_reported_at, first_notice_at, removed_at")
			.param("id", caseId)
			.param("portal", portal)
			.param("at", Timestamp.from(at))
			.query(Counters::times)
			.optional();
	}

	/** Adds a duration from a case's first report to {@code end} to the day of {@code end}. */
	void duration(String portal, String measure, Instant firstReportedAt, Instant end) {
		long seconds = Math.max(0, Duration.between(firstReportedAt, end).toSeconds());
		jdbc.sql("""
				INSERT INTO stat_duration (portal_slug, day, measure, seconds) VALUES (:portal, :day, :measure, ARRAY[:seconds])
				ON CONFLICT (portal_slug, day, measure) DO UPDATE SET seconds = stat_duration.seconds || excluded.seconds""")
			.param("portal", portal)
			.param("day", LocalDate.ofInstant(end, ZoneOffset.UTC))
			.param("measure", measure)
			.param("seconds", (int) Math.min(Integer.MAX_VALUE, seconds))
			.update();
	}

	private static CaseTimes times(ResultSet rs, int row) throws SQLException {
		return new CaseTimes(instant(rs.getTimestamp("first_reported_at")), instant(rs.getTimestamp("first_notice_at")),
				instant(rs.getTimestamp("removed_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
