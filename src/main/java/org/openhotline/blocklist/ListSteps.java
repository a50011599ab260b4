package org.openhotline.blocklist;

import java.util.List;

import org.openhotline.triage.CaseStep;
import org.openhotline.triage.CaseStepSource;
import org.openhotline.triage.CaseView;
import org.springframework.stereotype.Component;

/** The URL list step of a case's task list: done once listed, with when it was listed or taken off. */
@Component
class ListSteps implements CaseStepSource {

	private final ListEntries entries;

	ListSteps(ListEntries entries) {
		this.entries = entries;
	}

	@Override
	public List<CaseStep> stepsOf(CaseView kase) {
		return entries.ofCase(kase.id().value())
			.map(entry -> entry.listed()
					? new CaseStep(CaseStep.Kind.URL_LIST, CaseStep.State.DONE, entry.listedAt(), null)
					: new CaseStep(CaseStep.Kind.URL_LIST, CaseStep.State.DONE, entry.endedAt(), entry.endedBy()))
			.stream()
			.toList();
	}
}
