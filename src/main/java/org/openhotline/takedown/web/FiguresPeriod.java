package org.openhotline.takedown.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.StepRefused;

/**
 * The period of the removal figures: UTC days, both included. Either end left out: the last
 * twelve months to today, as the statistics pages start.
 */
record FiguresPeriod(LocalDate from, LocalDate to) {

	/** The last twelve months, from the first day of the month eleven months ago, to today. */
	static FiguresPeriod lastTwelveMonths(LocalDate today) {
		return new FiguresPeriod(today.minusMonths(11).withDayOfMonth(1), today);
	}

	static FiguresPeriod lastThirtyDays(LocalDate today) {
		return new FiguresPeriod(today.minusDays(29), today);
	}

	/** The period asked for; every field that cannot be used is refused at once. */
	static FiguresPeriod of(@Nullable String from, @Nullable String to, LocalDate today) {
		FiguresPeriod byDefault = lastTwelveMonths(today);
		List<StepRefused> refusals = new ArrayList<>();
		LocalDate start = date("from", from, byDefault.from(), refusals);
		LocalDate end = date("to", to, byDefault.to(), refusals);
		if (refusals.isEmpty() && end.isBefore(start)) {
			refusals.add(StepRefused.field("to", "takedown.figures.error.order"));
		}
		if (!refusals.isEmpty()) {
			throw StepRefused.all(refusals);
		}
		return new FiguresPeriod(start, end);
	}

	Instant start() {
		return from.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The first moment after the period. */
	Instant end() {
		return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	String fileName(String table) {
		return "removal-figures-" + table + "-" + from + "-" + to + ".csv";
	}

	private static LocalDate date(String field, @Nullable String text, LocalDate absent, List<StepRefused> refusals) {
		if (text == null || text.isBlank()) {
			return absent;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			// ISO dates may have years of up to nine digits, beyond what the database keeps
			if (date.getYear() >= 1970 && date.getYear() <= 9998) {
				return date;
			}
		}
		catch (DateTimeParseException e) {
			// refused below
		}
		refusals.add(StepRefused.field(field, "takedown.figures.error.date"));
		return absent;
	}
}
