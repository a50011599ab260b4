package org.openhotline.takedown.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openhotline.takedown.RemovalFigures.Line;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The removal figures' SQL, over the cases that called for action. */
@Repository
public class RemovalMeasures {

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

	private static final String PERIOD = "first_reported_at >= :from AND first_reported_at < :until";

	private final JdbcClient jdbc;

	RemovalMeasures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every case first reported in {@code [from, until)}. */
	public Line all(Instant from, Instant until) {
		return jdbc.sql("SELECT NULL AS key, " + MEASURES + " FROM takedown_case WHERE " + PERIOD)
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query(RemovalMeasures::line)
			.single();
	}

	public List<Line> byNetwork(Instant from, Instant until, int limit) {
		return jdbc.sql("SELECT 'AS' || asn AS key, " + MEASURES + " FROM takedown_case WHERE asn IS NOT NULL AND " + PERIOD
				+ " GROUP BY asn ORDER BY count(*) DESC, asn LIMIT :limit")
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.param("limit", limit)
			.query(RemovalMeasures::line)
			.list();
	}

	public List<Line> byCountry(Instant from, Instant until, int limit) {
		return jdbc.sql("SELECT country AS key, " + MEASURES + " FROM takedown_case WHERE country IS NOT NULL AND "
				+ PERIOD + " GROUP BY country ORDER BY count(*) DESC, country LIMIT :limit")
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.param("limit", limit)
			.query(RemovalMeasures::line)
			.list();
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
