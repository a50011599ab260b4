package org.openhotline.portal.web;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openhotline.statistics.MonthFigures;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The public figures of a portal as its page shows them: counts under {@link #THRESHOLD}
 * are "fewer than 5", and a share or a median computed from such a count is not shown,
 * so that no single report can be inferred. Numbers, months and durations are written the
 * way the page's language writes them in the portal's country (ICU, with CLDR's plural
 * rules: "2 days" is "يومان" in Arabic).
 */
final class FiguresTable {

	static final int THRESHOLD = 5;

	/** What a cell shows: a figure, "fewer than 5", or "not shown". */
	enum Kind {
		VALUE, FEWER, HIDDEN
	}

	record Cell(Kind kind, String value) {

		public boolean isValue() {
			return kind == Kind.VALUE;
		}

		public boolean isFewer() {
			return kind == Kind.FEWER;
		}
	}

	/** One month; {@code nothing} when nothing was received, assessed or removed. */
	record Row(String month, String label, boolean nothing, List<Cell> cells) {
	}

	private final NumberFormat counts;

	private final NumberFormat percents;

	private final NumberFormat days;

	private final MeasureFormat durations;

	private final DateFormat months;

	FiguresTable(String language, String countryCode) {
		ULocale locale = locale(language, countryCode);
		counts = NumberFormat.getIntegerInstance(locale);
		percents = NumberFormat.getPercentInstance(locale);
		days = NumberFormat.getInstance(locale);
		days.setMaximumFractionDigits(1);
		durations = MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE, days);
		months = DateFormat.getInstanceForSkeleton("yMMMM", locale);
		months.setTimeZone(TimeZone.GMT_ZONE);
	}

	private static ULocale locale(String language, String countryCode) {
		try {
			return new ULocale.Builder().setLanguage(language).setRegion(countryCode).build();
		}
		catch (com.ibm.icu.util.IllformedLocaleException ex) {
			return new ULocale(language);
		}
	}

	String threshold() {
		return counts.format(THRESHOLD);
	}

	String number(long number) {
		return counts.format(number);
	}

	String hundredPercent() {
		return percents.format(1);
	}

	Row row(MonthFigures figures) {
		YearMonth month = figures.month();
		String label = months.format(Date.from(month.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC)));
		boolean nothing = figures.reports() == 0 && figures.assessed() == 0 && figures.removed() == 0;
		List<Cell> cells = List.of(count(figures.reports()), share(figures.childSexualAbuse(), figures.assessed()),
				share(figures.removed(), figures.childSexualAbuse()),
				figures.removed() < THRESHOLD ? hidden() : duration(figures.medianToRemoval()));
		return new Row(month.toString(), label, nothing, cells);
	}

	private Cell count(long count) {
		return count < THRESHOLD ? new Cell(Kind.FEWER, "") : new Cell(Kind.VALUE, counts.format(count));
	}

	private Cell share(long part, long whole) {
		if (part < THRESHOLD || whole < THRESHOLD) {
			return hidden();
		}
		return new Cell(Kind.VALUE, percents.format((double) part / whole));
	}

	/** Under two days in hours (under an hour in minutes), then in days to a tenth. */
	private Cell duration(@Nullable Duration median) {
		if (median == null) {
			return hidden();
		}
		Measure measure;
		if (median.compareTo(Duration.ofHours(1)) < 0) {
			measure = new Measure(Math.max(1, Math.round(median.toSeconds() / 60.0)), MeasureUnit.MINUTE);
		}
		else if (median.compareTo(Duration.ofHours(48)) < 0) {
			measure = new Measure(Math.round(median.toMinutes() / 60.0), MeasureUnit.HOUR);
		}
		else {
			measure = new Measure(Math.round(median.toMinutes() / 144.0) / 10.0, MeasureUnit.DAY);
		}
		return new Cell(Kind.VALUE, durations.format(measure));
	}

	private static Cell hidden() {
		return new Cell(Kind.HIDDEN, "");
	}
}
