package org.openhotline.statistics;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final OfficeStatistics statistics;

	PublicFigures(OfficeStatistics statistics) {
		this.statistics = statistics;
	}

	/** Months in order, oldest first, with zeros for months with nothing; at most 24 months (the last 24 up to {@code to}). */
	@Transactional(readOnly = true)
	public List<MonthFigures> monthly(String portalSlug, YearMonth from, YearMonth to) {
		if (to.isBefore(from)) {
			return List.of();
		}
		YearMonth first = from.isBefore(to.minusMonths(MAX_MONTHS - 1)) ? to.minusMonths(MAX_MONTHS - 1) : from;
		Figures figures = statistics.figures(portalSlug, first.atDay(1), to.atEndOfMonth(), Granularity.MONTH);
		return figures.periods()
			.stream()
			.map(p -> new MonthFigures(YearMonth.from(p.start()), p.reports(), p.assessed(), p.actionable(), p.removed(),
					p.medianToRemoval()))
			.toList();
	}
}
