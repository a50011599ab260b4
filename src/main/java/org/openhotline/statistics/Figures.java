package org.openhotline.statistics;

import java.util.List;

/**
 * The figures of a portal (or of all portals) over a period: in total, split by day, week or
 * month (every one, with zeros where nothing happened), and broken down by the reports'
 * languages, what was seen, where it was found (reports) and by outcome (assessed cases),
 * largest first.
 */
public record Figures(Period total, List<Period> periods, List<Breakdown> languages, List<Breakdown> seen,
		List<Breakdown> found, List<Breakdown> outcomes) {

	public Figures {
		periods = List.copyOf(periods);
		languages = List.copyOf(languages);
		seen = List.copyOf(seen);
		found = List.copyOf(found);
		outcomes = List.copyOf(outcomes);
	}
}
