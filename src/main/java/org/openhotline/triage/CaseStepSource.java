package org.openhotline.triage;

import java.util.List;

/**
 * The modules that act on a case after its assessment (tracing, takedown, the URL list) tell
 * triage how far their steps are, without triage depending on them: each declares a bean of
 * this type, and {@link CaseProgress} collects them.
 */
public interface CaseStepSource {

	/** This module's steps of the case (none when it has nothing to say about them). */
	List<CaseStep> stepsOf(CaseView kase);
}
