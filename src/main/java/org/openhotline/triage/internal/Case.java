package org.openhotline.triage.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.triage.CaseAssessed;
import org.openhotline.triage.CaseClaimed;
import org.openhotline.triage.CaseClosed;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseStatus;
import org.openhotline.triage.CaseView;
import org.openhotline.triage.StaffRef;
import org.openhotline.triage.Taxonomy;

/**
 * One reported address and everything the hotline does about it. Repeat reports of the
 * same canonical URL join the case instead of making a new one. The workflow's transitions
 * are guarded here; pages and other modules see it only as a {@link CaseView}.
 */
public final class Case {

	private final CaseId id;

	private final String canonicalUrl;

	private final String displayUrl;

	private final String host;

	private final @Nullable String registrableDomain;

	private final Set<String> flags;

	private CaseStatus status;

	private final int reportCount;

	private final Instant firstReportedAt;

	private final Instant lastReportedAt;

	private @Nullable StaffRef claimedBy;

	private @Nullable Instant claimedUntil;

	private @Nullable String outcome;

	private Taxonomy.@Nullable Feedback feedback;

	private @Nullable Instant assessedAt;

	private @Nullable Boolean secondAssessment;

	private final long version;

	private @Nullable CaseId duplicateOf;

	private final java.util.List<Object> events = new java.util.ArrayList<>();

	Case(CaseId id, String canonicalUrl, String displayUrl, String host, @Nullable String registrableDomain,
			Set<String> flags, CaseStatus status, int reportCount, Instant firstReportedAt, Instant lastReportedAt,
			@Nullable StaffRef claimedBy, @Nullable Instant claimedUntil, @Nullable String outcome,
			Taxonomy.@Nullable Feedback feedback, @Nullable Instant assessedAt, @Nullable Boolean secondAssessment,
			long version, @Nullable CaseId duplicateOf) {
		this.id = id;
		this.canonicalUrl = canonicalUrl;
		this.displayUrl = displayUrl;
		this.host = host;
		this.registrableDomain = registrableDomain;
		this.flags = Set.copyOf(flags);
		this.status = status;
		this.reportCount = reportCount;
		this.firstReportedAt = firstReportedAt;
		this.lastReportedAt = lastReportedAt;
		this.claimedBy = claimedBy;
		this.claimedUntil = claimedUntil;
		this.outcome = outcome;
		this.feedback = feedback;
		this.assessedAt = assessedAt;
		this.secondAssessment = secondAssessment;
		this.version = version;
		this.duplicateOf = duplicateOf;
	}

	// --- workflow -------------------------------------------------------------------------

	/** The claim holder, unless the claim has lapsed. */
	public @Nullable StaffRef holder(Instant now) {
		return claimedBy != null && claimedUntil != null && claimedUntil.isAfter(now) ? claimedBy : null;
	}

	/**
	 * Takes the case (or takes it over once the previous claim lapsed); one analyst at a time.
	 * A second assessment is never taken by the first assessor ({@code firstAssessor}, null
	 * before the first assessment).
	 */
	public void claim(StaffRef who, @Nullable StaffRef firstAssessor, Instant now, java.time.Duration lapse) {
		if (status != CaseStatus.NEW && status != CaseStatus.CLAIMED && status != CaseStatus.SECOND_ASSESSMENT) {
			throw new StepRefused("case.error.not-claimable");
		}
		if (status == CaseStatus.SECOND_ASSESSMENT && firstAssessor != null && firstAssessor.id().equals(who.id())) {
			throw new StepRefused("case.error.same-assessor");
		}
		StaffRef holder = holder(now);
		if (holder != null && !holder.id().equals(who.id())) {
			throw new StepRefused("case.error.claimed-by-another");
		}
		if (status == CaseStatus.NEW) {
			status = CaseStatus.CLAIMED;
			events.add(new CaseClaimed(id.value(), true, now));
		}
		claimedBy = who;
		claimedUntil = now.plus(lapse);
	}

	/**
	 * Gives the case back unassessed, for someone else to take: a claimed case is new again, a
	 * second assessment waits for another second assessor. Only its holder may (also once the
	 * claim lapsed, as long as nobody took it over).
	 */
	public void release(StaffRef who, Instant now) {
		if (status != CaseStatus.CLAIMED && status != CaseStatus.SECOND_ASSESSMENT) {
			throw new StepRefused("case.error.not-releasable");
		}
		if (claimedBy == null || !claimedBy.id().equals(who.id())) {
			throw new StepRefused("case.error.not-yours");
		}
		if (status == CaseStatus.CLAIMED) {
			status = CaseStatus.NEW;
			events.add(new CaseClaimed(id.value(), false, now));
		}
		claimedBy = null;
		claimedUntil = null;
	}

	/**
	 * A supervisor gives the case to someone else, whoever holds it; a second assessment never
	 * to its first assessor ({@code firstAssessor}, null before the first assessment).
	 */
	public void reassign(StaffRef to, @Nullable StaffRef firstAssessor, Instant now, java.time.Duration lapse) {
		if (!status.isOpen() || status == CaseStatus.DISAGREEMENT) {
			throw new StepRefused("case.error.not-claimable");
		}
		if (status == CaseStatus.SECOND_ASSESSMENT && firstAssessor != null && firstAssessor.id().equals(to.id())) {
			throw StepRefused.field("to", "case.error.same-assessor");
		}
		if (status == CaseStatus.NEW) {
			status = CaseStatus.CLAIMED;
			events.add(new CaseClaimed(id.value(), true, now));
		}
		claimedBy = to;
		claimedUntil = now.plus(lapse);
	}

	/**
	 * The first assessment; the case goes to a second assessor when the draw says so,
	 * otherwise it is final. The draw is made once, here, and kept with the case.
	 */
	public void assess(StaffRef who, Taxonomy taxonomy, Taxonomy.Outcome result, BooleanSupplier drawSecond, Instant now) {
		requireHolder(CaseStatus.CLAIMED, who, now);
		if (secondAssessment == null) {
			secondAssessment = drawSecond.getAsBoolean();
		}
		if (secondAssessment) {
			status = CaseStatus.SECOND_ASSESSMENT;
			claimedBy = null;
			claimedUntil = null;
			return;
		}
		finish(taxonomy, result, now);
	}

	/** The second, independent assessment: agreement makes it final, a different outcome goes to a supervisor. */
	public void assessAgain(StaffRef who, StaffRef firstAssessor, Taxonomy taxonomy, Taxonomy.Outcome result,
			String firstOutcome, Instant now) {
		requireHolder(CaseStatus.SECOND_ASSESSMENT, who, now);
		if (who.id().equals(firstAssessor.id())) {
			throw new StepRefused("case.error.same-assessor");
		}
		if (result.code().equals(firstOutcome)) {
			finish(taxonomy, result, now);
		}
		else {
			status = CaseStatus.DISAGREEMENT;
			claimedBy = null;
			claimedUntil = null;
		}
	}

	/** A supervisor's final word on a disagreement, never one of the two who disagree. */
	public void settle(StaffRef supervisor, Collection<StaffRef> assessors, Taxonomy taxonomy, Taxonomy.Outcome result,
			Instant now) {
		if (status != CaseStatus.DISAGREEMENT) {
			throw new StepRefused("case.error.no-disagreement");
		}
		if (assessors.stream().anyMatch(assessor -> assessor.id().equals(supervisor.id()))) {
			throw new StepRefused("case.error.settler-assessed");
		}
		finish(taxonomy, result, now);
	}

	/**
	 * A supervisor closes an open case as a duplicate of {@code original}: a final assessment
	 * with the taxonomy's duplicate outcome (which calls for no action), whoever held the case.
	 */
	public void closeAsDuplicateOf(CaseId original, Taxonomy taxonomy, Taxonomy.Outcome duplicate, Instant now) {
		if (duplicate.callsForAction()) {
			throw new IllegalArgumentException("A duplicate calls for no action: " + duplicate.code());
		}
		if (!status.isOpen()) {
			throw StepRefused.field("cases", "case.error.duplicate-not-open", displayUrl);
		}
		if (original.equals(id)) {
			throw StepRefused.field("original", "case.error.duplicate-of-itself");
		}
		finish(taxonomy, duplicate, now);
		duplicateOf = original;
	}

	private void requireHolder(CaseStatus expected, StaffRef who, Instant now) {
		if (status != expected) {
			throw new StepRefused("case.error.not-assessable");
		}
		StaffRef holder = holder(now);
		boolean lapsedButStillMine = holder == null && claimedBy != null && claimedBy.id().equals(who.id());
		if (!lapsedButStillMine && (holder == null || !holder.id().equals(who.id()))) {
			throw new StepRefused("case.error.claim-first");
		}
	}

	private void finish(Taxonomy taxonomy, Taxonomy.Outcome result, Instant now) {
		outcome = result.code();
		feedback = result.feedback();
		assessedAt = now;
		claimedBy = null;
		claimedUntil = null;
		status = result.callsForAction() ? CaseStatus.ASSESSED : CaseStatus.CLOSED;
		events.add(new CaseAssessed(id.value(), canonicalUrl, host, registrableDomain, result.code(), result.interpol().name(),
				result.callsForAction(), taxonomy.id(), taxonomy.version(), firstReportedAt, now));
		if (status == CaseStatus.CLOSED) {
			events.add(new CaseClosed(id.value(), result.code(), now));
		}
	}

	public java.util.List<Object> takeEvents() {
		java.util.List<Object> taken = java.util.List.copyOf(events);
		events.clear();
		return taken;
	}

	/** What pages and other modules may see of the case. */
	public CaseView view() {
		return new CaseView(id, canonicalUrl, displayUrl, host, registrableDomain, flags, status, reportCount,
				firstReportedAt, lastReportedAt, claimedBy, claimedUntil, outcome, feedback, assessedAt, secondAssessment,
				duplicateOf);
	}

	public @Nullable StaffRef claimedBy() {
		return claimedBy;
	}

	public @Nullable Instant claimedUntil() {
		return claimedUntil;
	}

	public @Nullable String outcome() {
		return outcome;
	}

	public Taxonomy.@Nullable Feedback feedback() {
		return feedback;
	}

	public @Nullable Instant assessedAt() {
		return assessedAt;
	}

	/** Whether the first assessment was drawn for a second one; null before the first assessment. */
	public @Nullable Boolean secondAssessment() {
		return secondAssessment;
	}

	/** The case this one was closed as a duplicate of, if it was. */
	public @Nullable CaseId duplicateOf() {
		return duplicateOf;
	}

	public long version() {
		return version;
	}

	public CaseId id() {
		return id;
	}

	public String canonicalUrl() {
		return canonicalUrl;
	}

	public String displayUrl() {
		return displayUrl;
	}

	public String host() {
		return host;
	}

	public @Nullable String registrableDomain() {
		return registrableDomain;
	}

	public Set<String> flags() {
		return flags;
	}

	public CaseStatus status() {
		return status;
	}

	public int reportCount() {
		return reportCount;
	}

	public Instant firstReportedAt() {
		return firstReportedAt;
	}

	public Instant lastReportedAt() {
		return lastReportedAt;
	}
}
