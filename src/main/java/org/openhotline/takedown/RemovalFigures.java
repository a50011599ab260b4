package org.openhotline.takedown;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openhotline.takedown.internal.RemovalMeasures;
import org.springframework.stereotype.Service;

/**
 * How long removal takes, from the cases that called for action: medians (in hours) from
 * the first report to the assessment, to the first notice and to removal, and the share of
 * cases removed within 24 hours, 72 hours and 7 days of the first report; in all, per
 * hosting network and per hosting country. A case not yet removed counts as not removed
 * within any window. A duration is never negative: a time recorded before the first report
 * (older data, a clock that jumped) counts as no time at all. A period takes the cases first
 * reported in it.
 */
@Service
public class RemovalFigures {

	/** One line of figures. {@code key} is the network number or the country; null for all. */
	public record Line(@Nullable String key, long cases, long removed, @Nullable Double medianHoursToAssessment,
			@Nullable Double medianHoursToFirstNotice, @Nullable Double medianHoursToRemoval, double shareWithin24h,
			double shareWithin72h, double shareWithin7d) {
	}

	/** All three views. */
	public record Figures(Line all, List<Line> byNetwork, List<Line> byCountry) {

		/** Whether no case in the period called for action. */
		public boolean isEmpty() {
			return all.cases() == 0;
		}
	}

	private final RemovalMeasures measures;

	RemovalFigures(RemovalMeasures measures) {
		this.measures = measures;
	}

	/** Since the first case, at most {@code limit} lines per view. */
	public Figures figures(int limit) {
		return figures(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), limit);
	}

	/** Of the cases first reported in {@code [from, until)}. */
	public Figures figures(Instant from, Instant until, int limit) {
		return new Figures(measures.all(from, until), measures.byNetwork(from, until, limit),
				measures.byCountry(from, until, limit));
	}
}
