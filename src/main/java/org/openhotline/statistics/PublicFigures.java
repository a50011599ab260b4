package org.openhotline.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

/**
 * A portal's figures for the public, per month. {@code reports}: reports received through
 * the portal that month; {@code assessed}: cases first reported through the portal assessed
 * that month; {@code childSexualAbuse}: of those, assessed with an outcome that calls for
 * action; {@code removed}: removals confirmed that month of cases first reported through the
 * portal; {@code medianToRemoval}: median of (removed − first reported) over those removals.
 */
@Service
public class PublicFigures {

	/** The most months one call gives. */
	public static final int MAX_MONTHS = 24;

	/**
	 * How long a portal's months are kept: the public page shows complete months, which change
	 * only when a late assessment or removal of one arrives; the figures of a year take a tenth of
	 * a second or more to add up, and the public page is answered many times more often.
	 */
	static final Duration KEPT = Duration.ofMinutes(10);

	private static final int MAX_KEPT = 1000;

	private final OfficeStatistics statistics;

	private final Clock clock;

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	private record Kept(Instant until, List<MonthFigures> months) {
	}

	PublicFigures(OfficeStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	/**
	 * Months in order, oldest first, with zeros for months with nothing; at most 24 months (the
	 * last 24 up to {@code to}); as they were added up at most {@link #KEPT} ago.
	 */
	public List<MonthFigures> monthly(String portalSlug, YearMonth from, YearMonth to) {
		if (to.isBefore(from)) {
			return List.of();
		}
		Instant now = clock.instant();
		String key = portalSlug + "|" + from + "|" + to;
		Kept known = kept.get(key);
		if (known != null && known.until().isAfter(now)) {
			return known.months();
		}
		List<MonthFigures> months = added(portalSlug, from, to);
		if (kept.size() >= MAX_KEPT) {
			kept.clear();
		}
		kept.put(key, new Kept(now.plus(KEPT), months));
		return months;
	}

	private List<MonthFigures> added(String portalSlug, YearMonth from, YearMonth to) {
		YearMonth first = from.isBefore(to.minusMonths(MAX_MONTHS - 1)) ? to.minusMonths(MAX_MONTHS - 1) : from;
		Figures figures = statistics.figures(portalSlug, first.atDay(1), to.atEndOfMonth(), Granularity.MONTH);
		return figures.periods()
			.stream()
			.map(p -> new MonthFigures(YearMonth.from(p.start()), p.reports(), p.assessed(), p.actionable(), p.removed(),
					p.medianToRemoval()))
			.toList();
	}
}
