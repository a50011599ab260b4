package org.openhotline.tracing.internal;

import org.openhotline.tracing.HostingTracer;
import org.openhotline.triage.CaseAssessed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Traces every case assessed as calling for action. Without a transaction around it: DNS
 * and registries may take seconds, and a connection held that long would starve the pool;
 * the tracer opens its own short transaction to store the result.
 */
@Component
class TraceOnAssessment {

	private final HostingTracer tracer;

	TraceOnAssessment(HostingTracer tracer) {
		this.tracer = tracer;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CaseAssessed assessed) {
		if (assessed.actionRequired()) {
			tracer.trace(assessed.caseId(), assessed.host(), assessed.registrableDomain());
		}
	}
}
