package org.openhotline.statistics.internal;

import org.openhotline.intake.ReportReceived;
import org.openhotline.takedown.ContentRemoved;
import org.openhotline.takedown.FirstNoticeSent;
import org.openhotline.triage.CaseAssessed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Hears the events after their transactions commit (and again after a crash): {@link Tally} counts each once. */
@Component
class StatisticsListener {

	private final Tally tally;

	StatisticsListener(Tally tally) {
		this.tally = tally;
	}

	@ApplicationModuleListener
	void on(ReportReceived report) {
		tally.on(report);
	}

	@ApplicationModuleListener
	void on(CaseAssessed assessed) {
		tally.on(assessed);
	}

	@ApplicationModuleListener
	void on(FirstNoticeSent notice) {
		tally.on(notice);
	}

	@ApplicationModuleListener
	void on(ContentRemoved removed) {
		tally.on(removed);
	}
}
