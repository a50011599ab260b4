package org.openhotline.statistics;

import java.time.Duration;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The figures of one day, week or month (from {@code start}), or of a whole period.
 * {@code reports}, {@code addresses}: received; {@code cases}: addresses reported for the
 * first time (each opens a case); {@code assessed}, {@code actionable}, {@code noticed},
 * {@code removed}: cases assessed (with an outcome calling for action), first notified and
 * removed in it. The medians run from a case's first report to its assessment, first notice
 * and removal, over the cases assessed, notified and removed in it; absent when there are none.
 */
public record Period(LocalDate start, long reports, long addresses, long cases, long assessed, long actionable,
		long noticed, long removed, @Nullable Duration medianToAssessment, @Nullable Duration medianToFirstNotice,
		@Nullable Duration medianToRemoval) {

	/** Share of the assessed cases whose outcome calls for action, 0 to 1; absent when none was assessed. */
	public @Nullable Double shareActionable() {
		return assessed == 0 ? null : (double) actionable / assessed;
	}
}
