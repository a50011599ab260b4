package org.openhotline.statistics.internal;

/** The names of the daily counters (column {@code figure} of {@code stat_daily}) and of the measured durations. */
final class Figure {

	static final String REPORTS = "reports";

	static final String ADDRESSES = "addresses";

	static final String CASES = "cases";

	static final String LANGUAGE = "language";

	static final String SEEN = "seen";

	static final String FOUND = "found";

	static final String ASSESSED = "assessed";

	static final String ACTIONABLE = "actionable";

	static final String OUTCOME = "outcome";

	static final String NOTICED = "noticed";

	static final String REMOVED = "removed";

	/** Measures of {@code stat_duration}: from a case's first report to its assessment, first notice, removal. */
	static final String TO_ASSESSMENT = "to-assessment";

	static final String TO_NOTICE = "to-notice";

	static final String TO_REMOVAL = "to-removal";

	private Figure() {
	}
}
