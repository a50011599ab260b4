package org.openhotline.statistics;

import java.time.Duration;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/** One month of a portal's public figures. Counts below 5 are shown as "fewer than 5" by the page. */
public record MonthFigures(YearMonth month, long reports, long assessed, long childSexualAbuse, long removed,
		@Nullable Duration medianToRemoval) {
}
