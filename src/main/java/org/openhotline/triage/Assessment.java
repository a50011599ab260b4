package org.openhotline.triage;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One assessor's judgement of a case under a taxonomy version. */
public record Assessment(Round round, StaffRef assessor, String taxonomyId, int taxonomyVersion, String outcome,
		@Nullable String ageBand, List<String> sexes, @Nullable String siteType, @Nullable Boolean commercial,
		String notes, Instant assessedAt) {

	/** Which assessment of the case this is. */
	public enum Round {
		/** the first analyst's */
		FIRST,
		/** the independent second analyst's */
		SECOND,
		/** a supervisor's, settling a disagreement */
		SETTLED
	}
}
