package org.openhotline.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of measured times, in milliseconds. */
final class Percentiles {

	private final double[] sorted;

	Percentiles(double[] millis) {
		sorted = millis.clone();
		Arrays.sort(sorted);
	}

	double at(double percentile) {
		int rank = (int) Math.ceil(percentile / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	double max() {
		return sorted[sorted.length - 1];
	}

	String row(String name) {
		return String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f |", name, sorted.length, at(50), at(95), at(99), max());
	}
}
