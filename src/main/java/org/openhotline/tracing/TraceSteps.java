package org.openhotline.tracing;

import java.util.List;

import org.openhotline.triage.CaseStatus;
import org.openhotline.triage.CaseStep;
import org.openhotline.triage.CaseStepSource;
import org.openhotline.triage.CaseView;
import org.springframework.stereotype.Component;

/** The trace step of a case's task list: done once traced; a case assessed as calling for action is traced on its own. */
@Component
class TraceSteps implements CaseStepSource {

	private final HostingTraces traces;

	TraceSteps(HostingTraces traces) {
		this.traces = traces;
	}

	@Override
	public List<CaseStep> stepsOf(CaseView kase) {
		return traces.of(kase.id().value())
			.map(trace -> new CaseStep(CaseStep.Kind.TRACE, CaseStep.State.DONE, trace.tracedAt(), null))
			.or(() -> kase.status() == CaseStatus.ASSESSED
					? java.util.Optional.of(CaseStep.of(CaseStep.Kind.TRACE, CaseStep.State.IN_PROGRESS))
					: java.util.Optional.empty())
			.stream()
			.toList();
	}
}
