package org.openhotline.statistics.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
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
 * Reads the aggregates: sums of the daily counters, and exact medians over the durations of
 * the period's days (one row per day and measure): a request reads rows in proportion to the
 * length of the period, never one per report or case.
 */
@Repository
public class FigureQueries {

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

		Map<String, Map<@Nullable LocalDate, Duration>> medians = medians(portal, from, to, granularity);

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
				count(counts, Figure.REMOVED), medians.get(Figure.TO_ASSESSMENT).get(bucket),
				medians.get(Figure.TO_NOTICE).get(bucket), medians.get(Figure.TO_REMOVAL).get(bucket));
	}

	private static long count(Map<String, Long> counts, String figure) {
		return counts.getOrDefault(figure, 0L);
	}

	/**
	 * The median durations per measure, per bucket and over the whole period (key null), from
	 * the days' durations: exact, and one row per day and measure whatever the number of cases.
	 */
	private Map<String, Map<@Nullable LocalDate, Duration>> medians(@Nullable String portal, LocalDate from, LocalDate to,
			Granularity granularity) {
		Map<String, Map<@Nullable LocalDate, IntList>> values = new HashMap<>();
		var sql = jdbc.sql("SELECT day, measure, seconds FROM stat_duration WHERE day BETWEEN :from AND :to"
				+ (portal == null ? "" : " AND portal_slug = :portal"));
		bind(sql, portal, from, to, granularity).query(rs -> {
			LocalDate bucket = startOf(rs.getObject("day", LocalDate.class), granularity);
			Map<@Nullable LocalDate, IntList> measure = values.computeIfAbsent(rs.getString("measure"), m -> new HashMap<>());
			java.sql.Array array = rs.getArray("seconds");
			Object elements = array.getArray();
			IntList inBucket = measure.computeIfAbsent(bucket, b -> new IntList());
			IntList inPeriod = measure.computeIfAbsent(null, b -> new IntList());
			if (elements instanceof Integer[] seconds) {
				for (Integer s : seconds) {
					inBucket.add(s);
					inPeriod.add(s);
				}
			}
			else if (elements instanceof int[] seconds) {
				for (int s : seconds) {
					inBucket.add(s);
					inPeriod.add(s);
				}
			}
			array.free();
		});
		Map<String, Map<@Nullable LocalDate, Duration>> medians = new HashMap<>();
		for (String measure : List.of(Figure.TO_ASSESSMENT, Figure.TO_NOTICE, Figure.TO_REMOVAL)) {
			Map<@Nullable LocalDate, Duration> byBucket = new HashMap<>();
			values.getOrDefault(measure, Map.of()).forEach((bucket, list) -> byBucket.put(bucket, list.median()));
			medians.put(measure, byBucket);
		}
		return medians;
	}

	/** A growing list of ints (a year of one portal holds a few hundred thousand durations). */
	private static final class IntList {

		private int[] values = new int[64];

		private int size;

		void add(int value) {
			if (size == values.length) {
				values = java.util.Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		Duration median() {
			int[] sorted = java.util.Arrays.copyOf(values, size);
			java.util.Arrays.sort(sorted);
			long twice = size % 2 == 1 ? 2L * sorted[size / 2] : (long) sorted[size / 2 - 1] + sorted[size / 2];
			return Duration.ofMillis(twice * 500);
		}
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
