package org.openhotline.triage.internal;

import org.openhotline.intake.ReportReceived;
import org.openhotline.triage.CaseStatus;
import org.openhotline.triage.ReportJoinedCasesUnderWay;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns every received report into cases: one per canonical URL, repeat reports joining. */
@Component
class CaseIntake {

	private final CaseRepository cases;

	private final ApplicationEventPublisher events;

	CaseIntake(CaseRepository cases, ApplicationEventPublisher events) {
		this.cases = cases;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(ReportReceived report) {
		// each join commits on its own (CaseRepository#join), so no transaction holds the
		// rows of several cases and two reports of the same addresses cannot deadlock
		report.items().forEach(item -> cases.join(report, item));
		if (cases.statusesOfReport(report.reportId()).stream().anyMatch(status -> status != CaseStatus.NEW)) {
			events.publishEvent(new ReportJoinedCasesUnderWay(report.reportId()));
		}
	}
}
