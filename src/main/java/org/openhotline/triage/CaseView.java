package org.openhotline.triage;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A case as the back office and other modules see it: a read-only copy of the case's state
 * when it was read. {@code secondAssessment} is null before the first assessment;
 * {@code duplicateOf} names the original of a case closed as its duplicate.
 */
public record CaseView(CaseId id, String canonicalUrl, String displayUrl, String host,
		@Nullable String registrableDomain, Set<String> flags, CaseStatus status, int reportCount,
		Instant firstReportedAt, Instant lastReportedAt, @Nullable StaffRef claimedBy, @Nullable Instant claimedUntil,
		@Nullable String outcome, Taxonomy.@Nullable Feedback feedback, @Nullable Instant assessedAt,
		@Nullable Boolean secondAssessment, @Nullable CaseId duplicateOf) {

	public CaseView {
		flags = Set.copyOf(flags);
	}

	/** How people name the case in speech and on its pages: "C-" and the start of its id. */
	public String reference() {
		return "C-" + id.value().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}

	/** The address shortened for a page title: no scheme, at most 40 characters. */
	public String shortAddress() {
		String bare = canonicalUrl.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
		return bare.length() <= 40 ? bare : bare.substring(0, 39) + "…";
	}

	/** The claim holder, unless the claim has lapsed. */
	public @Nullable StaffRef holder(Instant now) {
		return claimedBy != null && claimedUntil != null && claimedUntil.isAfter(now) ? claimedBy : null;
	}
}
