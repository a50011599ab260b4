package org.openhotline.takedown.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.tracing.HostingTraced;
import org.openhotline.tracing.HostingTraces;
import org.openhotline.triage.CaseAssessed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps one row per case that calls for action, from triage's and tracing's events: the
 * first report, the assessment, the trace's country and network. What happens to it later
 * (notices, checks, removal) is the {@link Takedown}'s.
 */
@Component
class TakedownCases {

	private final JdbcClient jdbc;

	private final HostingTraces traces;

	TakedownCases(JdbcClient jdbc, HostingTraces traces) {
		this.jdbc = jdbc;
		this.traces = traces;
	}

	@ApplicationModuleListener
	void on(CaseAssessed assessed) {
		if (!assessed.actionRequired()) {
			return;
		}
		jdbc.sql("""
				INSERT INTO takedown_case (case_id, canonical_url, host, first_reported_at, assessed_at)
				VALUES (:id, :url, :host, :first, :assessed)
				ON CONFLICT (case_id) DO UPDATE SET assessed_at = EXCLUDED.assessed_at
				""")
			.param("id", assessed.caseId())
			.param("url", assessed.canonicalUrl())
			.param("host", assessed.host())
			.param("first", Timestamp.from(assessed.firstReportedAt()))
			.param("assessed", Timestamp.from(assessed.assessedAt()))
			.update();
		// the trace may have been stored before this row existed
		traces.of(assessed.caseId()).ifPresent(t -> traced(t.caseId(), t.tracedAt(), t.country(), t.asn()));
	}

	@ApplicationModuleListener
	void on(HostingTraced traced) {
		traced(traced.caseId(), traced.at(), traced.country(), traced.asn());
	}

	private void traced(UUID caseId, Instant at, @Nullable String country, @Nullable Long asn) {
		jdbc.sql("""
				UPDATE takedown_case SET traced_at = :at, country = :country, asn = :asn
				WHERE case_id = :id
				""")
			.param("id", caseId)
			.param("at", Timestamp.from(at))
			.param("country", country)
			.param("asn", asn)
			.update();
	}
}
