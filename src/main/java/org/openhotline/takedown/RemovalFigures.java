package org.openhotline.takedown;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How long removal takes, from the cases that called for action: medians (in hours) from
 * the first report to the assessment, to the first notice and to removal, and the share of
 * cases removed within 24 hours, 72 hours and 7 days of the first report; in all, per
 * hosting network and per hosting country. A case not yet removed counts as not removed
 * within any window. A duration is never negative: a time recorded before the first report
 * (older data, a clock that jumped) counts as no time at all.
 */
@Service
public class RemovalFigures {

	/** One line of figures. {@code key} is the network number or the country; null for all. */
	public record Line(@Nullable String key, long cases, long removed, @Nullable Double medianHoursToAssessment,
			@Nullable Double medianHoursToFirstNotice, @Nullable Double medianHoursToRemoval, double shareWithin24h,
			double shareWithin72h, double shareWithin7d) {
	}

	/** All three views. */
	public record Figures(Line all, List<Line> byNetwork, List<Line> byCountry) {
	}

	private static final String MEASURES = """
			count(*) AS cases,
			count(removed_at) AS removed,
			percentile_cont(0.5) WITHIN GROUP (ORDER BY %s) AS to_assessment,
			percentile_cont(0.5) WITHIN GROUP (ORDER BY %s) AS to_notice,
			percentile_cont(0.5) WITHIN GROUP (ORDER BY %s) AS to_removal,
			avg(CASE WHEN removed_at - first_reported_at <= interval '24 hours' THEN 1.0 ELSE 0.0 END) AS within_24h,
			avg(CASE WHEN removed_at - first_reported_at <= interval '72 hours' THEN 1.0 ELSE 0.0 END) AS within_72h,
			avg(CASE WHEN removed_at - first_reported_at <= interval '7 days' THEN 1.0 ELSE 0.0 END) AS within_7d
			""".formatted(hoursAfterReport("assessed_at"), hoursAfterReport("first_notice_at"),
			hoursAfterReport("removed_at"));

	private final JdbcClient jdbc;

	RemovalFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Figures figures(int limit) {
		Line all = jdbc.sql("SELECT NULL AS key, " + MEASURES + " FROM takedown_case").query(RemovalFigures::line).single();
		List<Line> byNetwork = jdbc.sql("SELECT 'AS' || asn AS key, " + MEASURES
				+ " FROM takedown_case WHERE asn IS NOT NULL GROUP BY asn ORDER BY count(*) DESC, asn LIMIT :limit")
			.param("limit", limit)
			.query(RemovalFigures::line)
			.list();
		List<Line> byCountry = jdbc.sql("SELECT country AS key, " + MEASURES
				+ " FROM takedown_case WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC, country LIMIT :limit")
			.param("limit", limit)
			.query(RemovalFigures::line)
			.list();
		return new Figures(all, byNetwork, byCountry);
	}

	/**
	 * Hours from the first report to a time, never below 0. Not GREATEST alone, which would
	 * turn a missing time into 0: a case not yet removed must stay out of the median.
	 */
	private static String hoursAfterReport(String column) {
		return "CASE WHEN %1$s IS NULL THEN NULL ELSE greatest(extract(epoch FROM %1$s - first_reported_at), 0) / 3600 END"
			.formatted(column);
	}

	private static Line line(ResultSet rs, int n) throws SQLException {
		return new Line(rs.getString("key"), rs.getLong("cases"), rs.getLong("removed"), nullable(rs, "to_assessment"),
				nullable(rs, "to_notice"), nullable(rs, "to_removal"), rs.getDouble("within_24h"),
				rs.getDouble("within_72h"), rs.getDouble("within_7d"));
	}

	private static @Nullable Double nullable(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}
}
