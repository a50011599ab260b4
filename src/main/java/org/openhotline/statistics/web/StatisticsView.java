package org.openhotline.statistics.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.openhotline.statistics.Breakdown;
import org.openhotline.statistics.Figures;
import org.openhotline.statistics.Granularity;
import org.openhotline.statistics.Period;
import org.springframework.context.MessageSource;

/**
 * The figures as the page shows them, in the reader's language: the tables (which the CSV
 * repeats cell for cell) and the charts drawn from the same numbers. Numbers are written
 * plainly (no grouping), hours with one decimal, shares as whole percentages.
 */
final class StatisticsView {

	static final List<String> TABLES = List.of("timeline", "languages", "seen", "found", "outcomes");

	private final MessageSource messages;

	private final Locale locale;

	StatisticsView(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	List<Table> tables(Figures figures, Filter filter) {
		return List.of(timeline(figures, filter), breakdown("languages", figures.languages(), this::language),
				breakdown("seen", figures.seen(), item -> textOr("report.seen." + item, item)),
				breakdown("found", figures.found(), item -> textOr("report.found." + item, item)),
				breakdown("outcomes", figures.outcomes(), item -> item));
	}

	/** One chart per table, in the same order: reports over time, then each breakdown. */
	List<BarChart> charts(Figures figures, Filter filter, List<Table> tables) {
		List<BarChart> charts = new ArrayList<>();
		List<BarChart.Entry> overTime = new ArrayList<>();
		for (int i = 0; i < figures.periods().size(); i++) {
			overTime.add(new BarChart.Entry(tables.get(0).rows().get(i).get(0), figures.periods().get(i).reports()));
		}
		String most = overTime.stream()
			.max(java.util.Comparator.comparingLong(BarChart.Entry::value))
			.map(e -> e.label() + " (" + e.value() + ")")
			.orElse("–");
		charts.add(BarChart.overTime("chart-timeline", text("statistics.chart.timeline"),
				text("statistics.chart.timeline.desc", String.valueOf(figures.total().reports()), filter.from(), filter.to(), most),
				overTime));
		for (Table table : tables.subList(1, tables.size())) {
			List<BarChart.Entry> entries = table.rows()
				.stream()
				.map(row -> new BarChart.Entry(row.get(0), Long.parseLong(row.get(1))))
				.toList();
			String listed = entries.isEmpty() ? text("statistics.none")
					: String.join("; ", entries.stream().map(e -> e.label() + ": " + e.value()).toList());
			charts.add(BarChart.breakdown("chart-" + table.id(), table.caption(),
					text("statistics.chart.breakdown.desc", table.caption(), listed), entries));
		}
		return charts;
	}

	private Table timeline(Figures figures, Filter filter) {
		List<String> headings = List.of(text("statistics.col.period"), text("statistics.col.reports"),
				text("statistics.col.addresses"), text("statistics.col.cases"), text("statistics.col.assessed"),
				text("statistics.col.actionable"), text("statistics.col.share-actionable"), text("statistics.col.noticed"),
				text("statistics.col.removed"), text("statistics.col.to-assessment"), text("statistics.col.to-notice"),
				text("statistics.col.to-removal"));
		List<List<String>> rows = new ArrayList<>();
		figures.periods().forEach(p -> rows.add(row(label(p.start(), filter.granularity()), p)));
		rows.add(row(text("statistics.total"), figures.total()));
		return new Table("timeline", text("statistics.table.timeline"), headings, rows);
	}

	private static List<String> row(String label, Period p) {
		Double share = p.shareActionable();
		return List.of(label, String.valueOf(p.reports()), String.valueOf(p.addresses()), String.valueOf(p.cases()),
				String.valueOf(p.assessed()), String.valueOf(p.actionable()), share == null ? "–" : percent(share),
				String.valueOf(p.noticed()), String.valueOf(p.removed()), hours(p.medianToAssessment()),
				hours(p.medianToFirstNotice()), hours(p.medianToRemoval()));
	}

	private Table breakdown(String id, List<Breakdown> lines, Function<String, String> label) {
		long total = lines.stream().mapToLong(Breakdown::count).sum();
		List<List<String>> rows = lines.stream()
			.map(line -> List.of(label.apply(line.item()), String.valueOf(line.count()),
					percent((double) line.count() / total)))
			.toList();
		return new Table(id, text("statistics.table." + id),
				List.of(text("statistics.col." + id), text(id.equals("outcomes") ? "statistics.col.cases-assessed"
						: "statistics.col.reports"), text("statistics.col.share")),
				rows);
	}

	private String language(String code) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
	}

	static String label(LocalDate start, Granularity granularity) {
		return switch (granularity) {
			case DAY -> start.toString();
			case WEEK -> start.get(IsoFields.WEEK_BASED_YEAR) + "-W"
					+ String.format(Locale.ROOT, "%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> start.format(DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT));
		};
	}

	private static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

	private static String hours(@Nullable Duration duration) {
		return duration == null ? "–" : String.format(Locale.ROOT, "%.1f", duration.toMillis() / 3_600_000.0);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private String textOr(String key, String fallback) {
		return messages.getMessage(key, null, fallback, locale);
	}
}
