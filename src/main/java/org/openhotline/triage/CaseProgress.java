package org.openhotline.triage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * How far a case is, step by step (assess, trace, notify, check, removed, URL list), for the
 * task list shared by the case's pages ({@code fragments/case-tabs}, which calls it as
 * {@code @caseProgress}). Triage knows the assessment; the other steps come from the modules
 * that own them ({@link CaseStepSource}). A step nobody reported is not needed once the case is
 * closed, not started otherwise.
 */
@Service("caseProgress")
public class CaseProgress {

	private final ObjectProvider<CaseStepSource> sources;

	CaseProgress(ObjectProvider<CaseStepSource> sources) {
		this.sources = sources;
	}

	/** The steps in order, and the confirmed removal if there is one. */
	public Progress of(CaseView kase) {
		Map<CaseStep.Kind, CaseStep> steps = new EnumMap<>(CaseStep.Kind.class);
		steps.put(CaseStep.Kind.ASSESS, assessment(kase));
		sources.orderedStream()
			.flatMap(source -> source.stepsOf(kase).stream())
			.filter(step -> step.kind() != CaseStep.Kind.ASSESS)
			.forEach(step -> steps.put(step.kind(), step));
		List<CaseStep> ordered = new ArrayList<>();
		for (CaseStep.Kind kind : CaseStep.Kind.values()) {
			ordered.add(steps.getOrDefault(kind, CaseStep.of(kind,
					kase.status() == CaseStatus.CLOSED ? CaseStep.State.NOT_NEEDED : CaseStep.State.NOT_STARTED)));
		}
		CaseStep removed = steps.get(CaseStep.Kind.REMOVED);
		return new Progress(ordered,
				removed != null && removed.state() == CaseStep.State.DONE && removed.at() != null ? removed : null);
	}

	private static CaseStep assessment(CaseView kase) {
		return switch (kase.status()) {
			case NEW -> CaseStep.of(CaseStep.Kind.ASSESS, CaseStep.State.NOT_STARTED);
			case CLAIMED, SECOND_ASSESSMENT, DISAGREEMENT -> CaseStep.of(CaseStep.Kind.ASSESS, CaseStep.State.IN_PROGRESS);
			case ASSESSED, CLOSED -> new CaseStep(CaseStep.Kind.ASSESS, CaseStep.State.DONE, kase.assessedAt(), null);
		};
	}

	/** {@code removal}: the confirmed removal (its time and who confirmed it), or null. */
	public record Progress(List<CaseStep> steps, @Nullable CaseStep removal) {

		public boolean removed() {
			return removal != null;
		}

		public @Nullable Instant removedAt() {
			return removal == null ? null : removal.at();
		}
	}
}
