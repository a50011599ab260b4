package org.openhotline.statistics.internal;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openhotline.statistics.Breakdown;
import org.openhotline.statistics.Figures;
import org.openhotline.statistics.Granularity;
import org.openhotline.statistics.OfficeStatistics;
import org.openhotline.statistics.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the aggregates: sums of the daily counters, and medians over the per-case rows of
 * the period (index range scans: one row per case assessed, notified or removed in it).
 */
@Repository
public class FigureQueries {

	private static final List<String> TIMES = List.of("assessed_at", "first_notice_at", "removed_at");

	private final JdbcClient jdbc;

	FigureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<String> portals() {
		return jdbc.sql("SELECT portal_slug FROM stat_portal ORDER BY portal_slug").query(String.class).list();
	}

	public Figures figures(@Nullable String portal, LocalDate from, LocalDate to, Granularity granularity) {
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= OfficeStatistics.MAX_DAYS) {
			throw new IllegalArgumentException("A period runs forwards over at most " + OfficeStatistics.MAX_DAYS + " days");
		}
		List<LocalDate> starts = new ArrayList<>();
		for (LocalDate start = startOf(from, granularity); !start.isAfter(to); start = next(start, granularity)) {
			starts.add(start);
			if (starts.size() > OfficeStatistics.MAX_PERIODS) {
				throw new IllegalArgumentException("At most " + OfficeStatistics.MAX_PERIODS + " periods");
			}
		}
		String where = portal == null ? "" : " AND portal_slug = :portal";
		Map<LocalDate, Map<String, Long>> counts = new HashMap<>();
		Map<String, Long> totals = new HashMap<>();
		var sums = jdbc.sql("SELECT date_trunc(:unit, day::timestamp)::date AS bucket, figure, sum(count) AS n FROM stat_daily "
				+ "WHERE day BETWEEN :from AND :to AND item = ''" + where + " GROUP BY 1, 2");
		bind(sums, portal, from, to, granularity).query((rs, i) -> {
			long n = rs.getLong("n");
			counts.computeIfAbsent(rs.getObject("bucket", LocalDate.class), d -> new HashMap<>()).put(rs.getString("figure"), n);
			totals.merge(rs.getString("figure"), n, Long::sum);
			return n;
		}).list();

		Map<String, Map<@Nullable LocalDate, Duration>> medians = new HashMap<>();
		for (String time : TIMES) {
			medians.put(time, medians(time, portal, from, to, granularity));
		}

		Map<String, List<Breakdown>> breakdowns = new HashMap<>();
		var items = jdbc.sql("SELECT figure, item, sum(count) AS n FROM stat_daily WHERE day BETWEEN :from AND :to"
				+ " AND item <> ''" + where + " GROUP BY figure, item");
		bind(items, portal, from, to, granularity).query((rs, i) -> breakdowns
			.computeIfAbsent(rs.getString("figure"), f -> new ArrayList<>())
			.add(new Breakdown(rs.getString("item"), rs.getLong("n")))).list();
		breakdowns.values()
			.forEach(list -> list.sort(Comparator.comparingLong(Breakdown::count).reversed().thenComparing(Breakdown::item)));

		List<Period> periods = starts.stream()
			.map(start -> period(start, counts.getOrDefault(start, Map.of()), medians, start))
			.toList();
		Period total = period(from, totals, medians, null);
		return new Figures(total, periods, breakdowns.getOrDefault(Figure.LANGUAGE, List.of()),
				breakdowns.getOrDefault(Figure.SEEN, List.of()), breakdowns.getOrDefault(Figure.FOUND, List.of()),
				breakdowns.getOrDefault(Figure.OUTCOME, List.of()));
	}

	private static Period period(LocalDate start, Map<String, Long> counts, Map<String, Map<@Nullable LocalDate, Duration>> medians,
			@Nullable LocalDate bucket) {
		return new Period(start, count(counts, Figure.REPORTS), count(counts, Figure.ADDRESSES), count(counts, Figure.CASES),
				count(counts, Figure.ASSESSED), count(counts, Figure.ACTIONABLE), count(counts, Figure.NOTICED),
				count(counts, Figure.REMOVED), medians.get("assessed_at").get(bucket),
				medians.get("first_notice_at").get(bucket), medians.get("removed_at").get(bucket));
	}

	private static long count(Map<String, Long> counts, String figure) {
		return counts.getOrDefault(figure, 0L);
	}

	/** The median time from first report to {@code time} per bucket, and over the whole period under the key null. */
	private Map<@Nullable LocalDate, Duration> medians(String time, @Nullable String portal, LocalDate from, LocalDate to,
			Granularity granularity) {
		// time is one of TIMES, never input
		var sql = jdbc.sql("SELECT bucket, percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median FROM ("
				+ "SELECT date_trunc(:unit, " + time + " AT TIME ZONE 'UTC')::date AS bucket, greatest(0, extract(epoch FROM "
				+ time + " - first_reported_at)) AS seconds FROM stat_case WHERE " + time + " >= :fromTime AND " + time
				+ " < :toTime AND first_reported_at IS NOT NULL" + (portal == null ? "" : " AND portal_slug = :portal")
				+ ") AS timed GROUP BY GROUPING SETS ((bucket), ())")
			.param("fromTime", Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
			.param("toTime", Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		bind(sql, portal, null, null, granularity);
		Map<@Nullable LocalDate, Duration> medians = new HashMap<>();
		sql.query((rs, i) -> {
			double seconds = rs.getDouble("median");
			if (!rs.wasNull()) {
				medians.put(rs.getObject("bucket", LocalDate.class), Duration.ofMillis(Math.round(seconds * 1000)));
			}
			return seconds;
		}).list();
		return medians;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, @Nullable String portal,
			@Nullable LocalDate from, @Nullable LocalDate to, Granularity granularity) {
		JdbcClient.StatementSpec bound = sql.param("unit", granularity.name().toLowerCase(java.util.Locale.ROOT));
		if (from != null && to != null) {
			bound = bound.param("from", from).param("to", to);
		}
		return portal == null ? bound : bound.param("portal", portal);
	}

	static LocalDate startOf(LocalDate day, Granularity granularity) {
		return switch (granularity) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.withDayOfMonth(1);
		};
	}

	private static LocalDate next(LocalDate start, Granularity granularity) {
		return switch (granularity) {
			case DAY -> start.plusDays(1);
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.plusMonths(1);
		};
	}
}
