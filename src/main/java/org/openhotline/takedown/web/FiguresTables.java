package org.openhotline.takedown.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openhotline.takedown.RemovalFigures;
import org.springframework.context.MessageSource;

/**
 * The removal figures as shown, cell by cell: the page and each table's CSV are written from
 * the same cells, so the file has the page's figures.
 */
final class FiguresTables {

	/** The tables, in the order the page shows them. */
	static final List<String> IDS = List.of("all", "network", "country");

	private static final List<String> COLUMNS = List.of("cases", "removed", "to-assessment", "to-notice", "to-removal",
			"within-24h", "within-72h", "within-7d");

	record Table(String id, String caption, List<String> headings, List<List<String>> rows) {
	}

	private FiguresTables() {
	}

	static List<Table> of(RemovalFigures.Figures figures, MessageSource messages, Locale locale) {
		List<Table> tables = new ArrayList<>();
		for (String id : IDS) {
			List<String> headings = new ArrayList<>();
			headings.add(messages.getMessage("takedown.figures.key." + id, null, locale));
			COLUMNS.forEach(c -> headings.add(messages.getMessage("takedown.figures." + c, null, locale)));
			List<RemovalFigures.Line> lines = switch (id) {
				case "all" -> List.of(figures.all());
				case "network" -> figures.byNetwork();
				default -> figures.byCountry();
			};
			String every = messages.getMessage("takedown.figures.every", null, locale);
			tables.add(new Table(id, messages.getMessage("takedown.figures." + id, null, locale), headings,
					lines.stream().map(l -> row(l, every, locale)).toList()));
		}
		return tables;
	}

	private static List<String> row(RemovalFigures.Line line, String every, Locale locale) {
		NumberFormat percent = NumberFormat.getPercentInstance(locale);
		percent.setMaximumFractionDigits(0);
		return List.of(line.key() == null ? every : line.key(), Long.toString(line.cases()), Long.toString(line.removed()),
				hours(line.medianHoursToAssessment(), locale), hours(line.medianHoursToFirstNotice(), locale),
				hours(line.medianHoursToRemoval(), locale), percent.format(line.shareWithin24h()),
				percent.format(line.shareWithin72h()), percent.format(line.shareWithin7d()));
	}

	private static String hours(@Nullable Double hours, Locale locale) {
		if (hours == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		format.setGroupingUsed(false);
		return format.format(hours);
	}
}
