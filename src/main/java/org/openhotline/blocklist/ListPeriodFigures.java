package org.openhotline.blocklist;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The list over a period of days (UTC), both ends included.
 *
 * @param itemsNow the distinct expressions on the list now (what members hold)
 * @param listedEntriesNow the cases listed now (two cases may share one item)
 * @param days every day of the period, with the additions and removals of the versions made that day
 * @param listedInPeriod the entries that went on the list in the period
 * @param fetchedInPeriod of those, the ones whose version some member has fetched
 * @param medianToFirstFetch the median time from an entry's assessment to the first fetch, by any member, of the
 *        version that carried it; {@code null} when no such entry was fetched yet
 */
public record ListPeriodFigures(LocalDate from, LocalDate to, long itemsNow, long listedEntriesNow, List<Day> days,
		long listedInPeriod, long fetchedInPeriod, @Nullable Duration medianToFirstFetch) {

	public ListPeriodFigures {
		days = List.copyOf(days);
	}

	public record Day(LocalDate day, long additions, long removals) {
	}

	public long additions() {
		return days.stream().mapToLong(Day::additions).sum();
	}

	public long removals() {
		return days.stream().mapToLong(Day::removals).sum();
	}
}
