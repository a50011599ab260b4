package org.openhotline.statistics;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openhotline.statistics.internal.FigureQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's figures, read from the module's own aggregates (never from the reports
 * or cases themselves): the cost of a request grows with the length of the period, not with
 * the number of reports. Who may see which portal is the caller's business.
 */
@Service
public class OfficeStatistics {

	/** The longest period figures are given for. */
	public static final int MAX_DAYS = 3660;

	/** The most days, weeks or months one request is split into. */
	public static final int MAX_PERIODS = 400;

	private final FigureQueries queries;

	OfficeStatistics(FigureQueries queries) {
		this.queries = queries;
	}

	/**
	 * The figures of the portal ({@code null}: every portal) from {@code from} to {@code to},
	 * both included.
	 *
	 * @throws IllegalArgumentException if the period is reversed, longer than {@link #MAX_DAYS}
	 * or split into more than {@link #MAX_PERIODS}
	 */
	@Transactional(readOnly = true)
	public Figures figures(@Nullable String portal, LocalDate from, LocalDate to, Granularity granularity) {
		return queries.figures(portal, from, to, granularity);
	}

	/** The portals reports came through, in order. */
	@Transactional(readOnly = true)
	public List<String> portals() {
		return queries.portals();
	}
}
