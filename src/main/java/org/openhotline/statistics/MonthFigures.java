package org.openhotline.statistics;

import java.time.Duration;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/** TEMPORARY stub: replaced by the i14-stats branch. */
public record MonthFigures(YearMonth month, long reports, long assessed, long childSexualAbuse, long removed,
		@Nullable Duration medianToRemoval) {
}
