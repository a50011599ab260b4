package org.openhotline.statistics;

/** How figures over a period are split: by day, by week (from Monday) or by month. Days are UTC dates. */
public enum Granularity {
	DAY, WEEK, MONTH
}
