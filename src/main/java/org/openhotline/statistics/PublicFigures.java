package org.openhotline.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

/** TEMPORARY stub: replaced by the i14-stats branch. */
@Service
public class PublicFigures {

	public List<MonthFigures> monthly(String portalSlug, YearMonth from, YearMonth to) {
		List<MonthFigures> months = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			months.add(new MonthFigures(month, 0, 0, 0, 0, null));
		}
		return months;
	}
}
