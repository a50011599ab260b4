package org.openhotline.triage.web;

import java.util.Optional;

import org.openhotline.shared.validation.StepRefused;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseWorkflow;
import org.openhotline.triage.QueueFilter;
import org.openhotline.triage.StaffRef;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpSession;

/** "Claim next": the top case the person may take under the filter their queue keeps in the session. */
@Component
class NextCase {

	/** The session attribute the queue page keeps the person's filter in (a {@link QueueFilter}). */
	static final String QUEUE_FILTER = "openhotline.queue-filter";

	private final CaseWorkflow workflow;

	NextCase(CaseWorkflow workflow) {
		this.workflow = workflow;
	}

	/** The case claimed, or empty when there is none to claim (or it was taken at the same moment). */
	Optional<CaseId> claim(StaffRef who, HttpSession session) {
		QueueFilter filter = session.getAttribute(QUEUE_FILTER) instanceof QueueFilter kept ? kept : QueueFilter.EVERYTHING;
		try {
			return workflow.claimNext(who, filter);
		}
		catch (StepRefused changedMeanwhile) {
			return Optional.empty();
		}
	}
}
