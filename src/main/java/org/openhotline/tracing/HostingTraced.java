package org.openhotline.tracing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A case's host was traced (again), or an analyst corrected the trace. */
public record HostingTraced(UUID caseId, TraceOutcome outcome, @Nullable String country, @Nullable Long asn,
		@Nullable String hostContactEmail, Instant at) {

	static HostingTraced of(HostingTrace trace, Instant at) {
		return new HostingTraced(trace.caseId(), trace.outcome(), trace.country(), trace.asn(),
				trace.hostContact() == null ? null : trace.hostContact().email(), at);
	}
}
