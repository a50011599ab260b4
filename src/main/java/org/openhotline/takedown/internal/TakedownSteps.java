package org.openhotline.takedown.internal;

import java.util.Comparator;
import java.util.List;

import org.openhotline.takedown.TakedownAction;
import org.openhotline.takedown.TakedownCase;
import org.openhotline.triage.CaseStep;
import org.openhotline.triage.CaseStep.Kind;
import org.openhotline.triage.CaseStep.State;
import org.openhotline.triage.CaseStepSource;
import org.openhotline.triage.CaseView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notify, check and removed steps of a case's task list: notices sent (when, by whom),
 * the last check that found the content still online, and the confirmed removal.
 */
@Component
class TakedownSteps implements CaseStepSource {

	private final TakedownRepository takedowns;

	TakedownSteps(TakedownRepository takedowns) {
		this.takedowns = takedowns;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseStep> stepsOf(CaseView kase) {
		return takedowns.find(kase.id().value()).map(TakedownSteps::steps).orElse(List.of());
	}

	private static List<CaseStep> steps(Takedown takedown) {
		TakedownCase facts = takedown.view();
		TakedownAction first = takedown.actions()
			.stream()
			.min(Comparator.comparing(TakedownAction::createdAt))
			.orElse(null);
		CaseStep notify = first != null ? new CaseStep(Kind.NOTIFY, State.DONE, first.createdAt(), first.createdBy())
				: CaseStep.of(Kind.NOTIFY, facts.removed() ? State.NOT_NEEDED : State.NOT_STARTED);
		CaseStep check;
		CaseStep removed;
		if (facts.removed()) {
			check = new CaseStep(Kind.CHECK, State.DONE, facts.removedAt(), facts.removedBy());
			removed = new CaseStep(Kind.REMOVED, State.DONE, facts.removedAt(), facts.removedBy());
		}
		else {
			check = facts.lastCheckedAt() != null ? new CaseStep(Kind.CHECK, State.IN_PROGRESS, facts.lastCheckedAt(), null)
					: CaseStep.of(Kind.CHECK, State.NOT_STARTED);
			removed = CaseStep.of(Kind.REMOVED, first != null ? State.IN_PROGRESS : State.NOT_STARTED);
		}
		return List.of(notify, check, removed);
	}
}
