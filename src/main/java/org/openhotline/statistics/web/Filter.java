package org.openhotline.statistics.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openhotline.statistics.Granularity;

/**
 * What the filters ask for, once defaults are applied: a portal (null: every portal), a
 * period (both days included) and how to split it.
 */
record Filter(@Nullable String portal, LocalDate from, LocalDate to, Granularity granularity) {

	/** The last twelve months, by month, to today. */
	static Filter byDefault(@Nullable String portal, LocalDate today) {
		return new Filter(portal, today.minusMonths(11).withDayOfMonth(1), today, Granularity.MONTH);
	}

	/** The name of a CSV file of a table of these figures. */
	String fileName(String table) {
		return "statistics-" + table + "-" + (portal == null ? "all" : portal) + "-" + from + "-" + to + "-"
				+ granularity.name().toLowerCase(java.util.Locale.ROOT) + ".csv";
	}
}
