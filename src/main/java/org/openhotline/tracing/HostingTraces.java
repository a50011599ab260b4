package org.openhotline.tracing;

import java.util.Optional;
import java.util.UUID;

import org.openhotline.tracing.internal.TraceRepository;
import org.openhotline.tracing.internal.TracingProperties;
import org.springframework.stereotype.Service;

/** Reads traces, for the pages and for takedown. */
@Service
public class HostingTraces {

	private final TraceRepository traces;

	private final String attribution;

	HostingTraces(TraceRepository traces, TracingProperties properties) {
		this.traces = traces;
		this.attribution = properties.ipData().attribution();
	}

	public Optional<HostingTrace> of(UUID caseId) {
		return traces.find(caseId);
	}

	/** The IP data's licence attribution, to show wherever trace results are shown. */
	public String attribution() {
		return attribution;
	}
}
