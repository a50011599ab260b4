package org.openhotline.blocklist.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.FieldRefusals;
import org.openhotline.shared.validation.StepRefused;

/**
 * The period of the list's figures as asked ({@code ?from=&to=}, year-month-day, UTC days);
 * either end left out: the last {@value #DEFAULT_DAYS} days up to today.
 */
record PeriodForm(@Nullable String from, @Nullable String to) {

	static final int DEFAULT_DAYS = 30;

	static final int MAX_DAYS = 366;

	record Period(LocalDate from, LocalDate to) {
	}

	static Period lastDays(LocalDate today) {
		return new Period(today.minusDays(DEFAULT_DAYS - 1), today);
	}

	/** The period, or every problem of the two days at once. */
	Period period(LocalDate today) {
		FieldRefusals refused = new FieldRefusals();
		LocalDate end = blank(to) ? today : date("to", to, refused);
		LocalDate asked = blank(from) ? null : date("from", from, refused);
		refused.refuseIfAny(java.util.List.of("from", "to"));
		LocalDate start = asked == null ? end.minusDays(DEFAULT_DAYS - 1) : asked;
		if (end.isBefore(start)) {
			throw StepRefused.field("to", "list.figures.error.order");
		}
		if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			throw StepRefused.field("from", "list.figures.error.too-long", MAX_DAYS);
		}
		return new Period(start, end);
	}

	private static @Nullable LocalDate date(String field, String text, FieldRefusals refused) {
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			refused.add(field, "list.figures.error.date");
			return null;
		}
		// ISO dates may have years of up to nine digits, beyond what the database keeps
		if (date.getYear() < 1970 || date.getYear() > 9999) {
			refused.add(field, "list.figures.error.date");
			return null;
		}
		return date;
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
