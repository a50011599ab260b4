package org.openhotline.triage;

import java.util.List;
import java.util.Optional;

import org.openhotline.triage.internal.Case;
import org.openhotline.triage.internal.CaseRepository;
import org.openhotline.triage.internal.Taxonomies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to cases for other modules and the back office. */
@Service
public class CaseQueries {

	private final CaseRepository cases;

	private final Taxonomies taxonomies;

	private final TriageProperties properties;

	CaseQueries(CaseRepository cases, Taxonomies taxonomies, TriageProperties properties) {
		this.cases = cases;
		this.taxonomies = taxonomies;
		this.properties = properties;
	}

	/**
	 * A page (from 0) of the queue as {@code me} filtered it: open cases by priority, most reports
	 * first, then the oldest; each line says whether the case is aged ({@link TriageProperties#agedAfter()}).
	 */
	@Transactional(readOnly = true)
	public List<QueueLine> queue(QueueFilter filter, java.util.UUID me, java.time.Instant now, int page, int pageSize) {
		java.time.Instant agedBefore = now.minus(properties.agedAfter());
		return cases.queue(filter, me, now, pageSize + 1, page * pageSize)
			.stream()
			.map(e -> new QueueLine(e.kase().view(), e.sources(), !e.kase().firstReportedAt().isAfter(agedBefore)))
			.toList();
	}

	/**
	 * How many open cases wait in each status, are aged, and are {@code me}'s, of every portal,
	 * each up to {@link QueueCounts#CAP} (a page shows more as "1000+").
	 */
	@Transactional(readOnly = true)
	public QueueCounts counts(java.util.UUID me, java.time.Instant now) {
		CaseRepository.Counts counts = cases.counts(me, now, now.minus(properties.agedAfter()), QueueCounts.CAP);
		return new QueueCounts(counts.byStatus(), counts.aged(), counts.mine());
	}

	/** The slugs of the portals cases were reported from, in order: what the queue may be filtered by. */
	@Transactional(readOnly = true)
	public List<String> portalsSeen() {
		return cases.portalsSeen();
	}

	@Transactional(readOnly = true)
	public Optional<CaseView> find(CaseId id) {
		return cases.findById(id).map(Case::view);
	}

	/** The case if its final assessment calls for action; empty if unknown, still open or closed. */
	@Transactional(readOnly = true)
	public Optional<CaseForAction> forAction(CaseId id) {
		return cases.findById(id)
			.filter(c -> c.status() == CaseStatus.ASSESSED)
			.map(c -> new CaseForAction(c.id(), c.host(), c.registrableDomain()));
	}

	/** The taxonomy new assessments are made under. */
	@Transactional(readOnly = true)
	public Taxonomy activeTaxonomy() {
		return taxonomies.active();
	}

	@Transactional(readOnly = true)
	public List<Assessment> assessments(CaseId id) {
		return cases.assessmentsOf(id);
	}

	/**
	 * The assessments of a case that {@code viewer} may see: while a second, independent
	 * assessment is awaited, the first one is seen by its assessor only (a blind second look);
	 * once the second is saved, both are seen.
	 */
	@Transactional(readOnly = true)
	public List<Assessment> assessmentsSeenBy(CaseId id, java.util.UUID viewer) {
		List<Assessment> all = cases.assessmentsOf(id);
		boolean blind = cases.findById(id).map(c -> c.status() == CaseStatus.SECOND_ASSESSMENT).orElse(false);
		return blind ? all.stream().filter(a -> a.assessor().id().equals(viewer)).toList() : all;
	}

	/** The portals and channels a case was reported through, with who sent it by a channel. */
	@Transactional(readOnly = true)
	public List<ReportSource> sources(CaseId id) {
		return cases.sourcesOf(id);
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

	/** {@code aged}: first reported longer ago than {@link TriageProperties#agedAfter()}. */
	public record QueueLine(CaseView kase, List<ReportSource> sources, boolean aged) {
	}

	public record ReportLink(java.util.UUID reportId, String portalSlug, java.time.Instant reportedAt) {
	}
}
