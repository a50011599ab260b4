package org.openhotline.statistics.internal;

import java.time.Instant;

import org.openhotline.intake.ReportReceived;
import org.openhotline.takedown.ContentRemoved;
import org.openhotline.takedown.FirstNoticeSent;
import org.openhotline.triage.CaseAssessed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts an event into the statistics tables, once: a report by its id, a case's assessment,
 * first notice and removal by the case, so a redelivered event changes nothing. A case
 * belongs to the portal of the report that first named its address.
 */
@Component
class Tally {

	private final Counters counters;

	Tally(Counters counters) {
		this.counters = counters;
	}

	@Transactional
	void on(ReportReceived report) {
		if (!counters.firstDeliveryOfReport(report.reportId())) {
			return;
		}
		String portal = report.portalSlug();
		counters.portalSeen(portal);
		counters.add(portal, report.receivedAt(), Figure.REPORTS, "", 1);
		counters.add(portal, report.receivedAt(), Figure.ADDRESSES, "", report.items().size());
		counters.add(portal, report.receivedAt(), Figure.LANGUAGE, report.language(), 1);
		if (report.seen() != null) {
			counters.add(portal, report.receivedAt(), Figure.SEEN, report.seen().name(), 1);
		}
		if (report.found() != null) {
			counters.add(portal, report.receivedAt(), Figure.FOUND, report.found().name(), 1);
		}
		long newAddresses = report.items()
			.stream()
			.filter(item -> counters.firstReportOfAddress(item.canonicalUrl(), portal, report.receivedAt()))
			.count();
		if (newAddresses > 0) {
			counters.add(portal, report.receivedAt(), Figure.CASES, "", newAddresses);
		}
	}

	@Transactional
	void on(CaseAssessed assessed) {
		String portal = counters.portalOf(assessed.canonicalUrl());
		var times = counters.assessed(assessed.caseId(), portal, assessed.firstReportedAt(), assessed.assessedAt());
		if (times.isEmpty()) {
			return;
		}
		counters.add(portal, assessed.assessedAt(), Figure.ASSESSED, "", 1);
		counters.add(portal, assessed.assessedAt(), Figure.OUTCOME, assessed.outcome(), 1);
		if (assessed.actionRequired()) {
			counters.add(portal, assessed.assessedAt(), Figure.ACTIONABLE, "", 1);
		}
		Instant first = assessed.firstReportedAt();
		counters.duration(portal, Figure.TO_ASSESSMENT, first, assessed.assessedAt());
		// a notice or removal heard of before the assessment waited for the first report's time
		Instant noticed = times.get().firstNoticeAt();
		if (noticed != null) {
			counters.duration(portal, Figure.TO_NOTICE, first, noticed);
		}
		Instant removed = times.get().removedAt();
		if (removed != null) {
			counters.duration(portal, Figure.TO_REMOVAL, first, removed);
		}
	}

	@Transactional
	void on(FirstNoticeSent notice) {
		String portal = counters.portalOf(notice.canonicalUrl());
		counters.noticed(notice.caseId(), portal, notice.sentAt()).ifPresent(times -> {
			counters.add(portal, notice.sentAt(), Figure.NOTICED, "", 1);
			if (times.firstReportedAt() != null) {
				counters.duration(portal, Figure.TO_NOTICE, times.firstReportedAt(), notice.sentAt());
			}
		});
	}

	@Transactional
	void on(ContentRemoved removed) {
		String portal = counters.portalOf(removed.canonicalUrl());
		counters.removed(removed.caseId(), portal, removed.removedAt()).ifPresent(times -> {
			counters.add(portal, removed.removedAt(), Figure.REMOVED, "", 1);
			if (times.firstReportedAt() != null) {
				counters.duration(portal, Figure.TO_REMOVAL, times.firstReportedAt(), removed.removedAt());
			}
		});
	}
}
