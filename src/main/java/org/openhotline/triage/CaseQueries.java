package org.openhotline.triage;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to cases for other modules and the back office. */
@Service
public class CaseQueries {

	private final CaseRepository cases;

	CaseQueries(CaseRepository cases) {
		this.cases = cases;
	}

	@Transactional(readOnly = true)
	public Optional<Case> findByCanonicalUrl(String canonicalUrl) {
		return cases.findByCanonicalUrl(canonicalUrl);
	}

	/** A page of the queue; see {@link CaseRepository#queue}. */
	@Transactional(readOnly = true)
	public List<QueueLine> queue(@org.jspecify.annotations.Nullable String portal, @org.jspecify.annotations.Nullable CaseStatus status,
			java.time.@org.jspecify.annotations.Nullable Duration olderThan, int page, java.time.Instant now, int pageSize) {
		return cases.queue(portal, status, olderThan == null ? null : now.minus(olderThan), pageSize + 1, page * pageSize)
			.stream()
			.map(e -> new QueueLine(e.kase(), e.portals()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Case> find(CaseId id) {
		return cases.findById(id);
	}

	/** The case if its final assessment calls for action; empty if unknown, still open or closed. */
	@Transactional(readOnly = true)
	public Optional<CaseForAction> forAction(CaseId id) {
		return cases.findById(id)
			.filter(c -> c.status() == CaseStatus.ASSESSED)
			.map(c -> new CaseForAction(c.id(), c.host(), c.registrableDomain()));
	}

	@Transactional(readOnly = true)
	public List<Assessment> assessments(CaseId id) {
		return cases.assessmentsOf(id);
	}

	/**
	 * A page (from 0) of a case's reports, oldest first: id, portal and time (their details
	 * belong to the intake module). The case's report count is their total.
	 */
	@Transactional(readOnly = true)
	public List<ReportLink> reports(CaseId id, int page, int pageSize) {
		return cases.reportsOf(id, pageSize, page * pageSize)
			.stream()
			.map(r -> new ReportLink(r.reportId(), r.portalSlug(), r.reportedAt()))
			.toList();
	}

	public record QueueLine(Case kase, List<String> portals) {
	}

	public record ReportLink(java.util.UUID reportId, String portalSlug, java.time.Instant reportedAt) {
	}
}
