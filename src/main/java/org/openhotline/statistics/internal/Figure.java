package org.openhotline.statistics.internal;

/** The names of the daily counters (column {@code figure} of {@code stat_daily}). */
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

	private Figure() {
	}
}
