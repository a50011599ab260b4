package org.openhotline.tracing;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** Reads traces, for the pages and for takedown. */
@Service
public class HostingTraces {

	private final TraceRepository traces;

	private final IpData ipData;

	HostingTraces(TraceRepository traces, IpData ipData) {
		this.traces = traces;
		this.ipData = ipData;
	}

	public Optional<HostingTrace> of(UUID caseId) {
		return traces.find(caseId);
	}

	/** The IP data's licence attribution, to show wherever trace results are shown. */
	public String attribution() {
		return ipData.attribution();
	}
}
