package org.openhotline.triage;

import java.util.List;
import java.util.UUID;

import org.openhotline.triage.internal.CaseRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coarse status of a report for the person who holds its receipt code. */
@Service
public class ReporterStatusQuery {

	private final CaseRepository cases;

	ReporterStatusQuery(CaseRepository cases) {
		this.cases = cases;
	}

	/**
	 * Received until an analyst works on one of its addresses; assessed once all are.
	 * A report whose cases are not made yet (the event is still on its way) is received.
	 */
	@Transactional(readOnly = true)
	public ReporterStatus statusOf(UUID reportId) {
		List<ReporterStatus> statuses = cases.statusesOfReport(reportId).stream().map(CaseStatus::forReporter).toList();
		if (statuses.isEmpty() || statuses.stream().allMatch(s -> s == ReporterStatus.RECEIVED)) {
			return ReporterStatus.RECEIVED;
		}
		if (statuses.stream().allMatch(s -> s == ReporterStatus.ASSESSED)) {
			return ReporterStatus.ASSESSED;
		}
		return ReporterStatus.BEING_ASSESSED;
	}

	/**
	 * One reported address as its case stands: {@code interpol} once the case's assessment is
	 * final (absent while open, or for a duplicate).
	 */
	public record AddressStanding(UUID caseId, String canonicalUrl, ReporterStatus status,
			Taxonomy.@org.jspecify.annotations.Nullable InterpolClass interpol) {
	}

	/** Where each address of a report stands; empty while its cases are not made yet. */
	@Transactional(readOnly = true)
	public List<AddressStanding> addressesOf(UUID reportId) {
		return cases.addressesOfReport(reportId);
	}

	/**
	 * Once assessed, the one sentence a reporter is told: action is being taken if any
	 * address called for it, else no longer available, else not illegal or outside the remit.
	 * Empty before that, or when no outcome has a sentence (a duplicate).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Taxonomy.Feedback> feedbackOf(UUID reportId) {
		List<Taxonomy.Feedback> feedback = cases.feedbackOfReport(reportId);
		for (Taxonomy.Feedback candidate : Taxonomy.Feedback.values()) {
			if (feedback.contains(candidate)) {
				return java.util.Optional.of(candidate);
			}
		}
		return java.util.Optional.empty();
	}
}
