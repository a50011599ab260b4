package org.openhotline.takedown;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
 * first report, the assessment, the trace's country and network; later the first notice,
 * the checks and the removal.
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

	Optional<TakedownCase> find(UUID caseId) {
		return jdbc.sql("SELECT * FROM takedown_case WHERE case_id = :id").param("id", caseId).query(TakedownCases::row)
			.optional();
	}

	/** Cases still waiting for removal, oldest assessment first. */
	List<TakedownCase> open(int limit) {
		return jdbc.sql("SELECT * FROM takedown_case WHERE removed_at IS NULL ORDER BY assessed_at LIMIT :limit")
			.param("limit", limit)
			.query(TakedownCases::row)
			.list();
	}

	void noticeSent(UUID caseId, Instant at) {
		jdbc.sql("UPDATE takedown_case SET first_notice_at = COALESCE(first_notice_at, :at) WHERE case_id = :id")
			.param("id", caseId)
			.param("at", Timestamp.from(at))
			.update();
	}

	void checked(UUID caseId, Instant at) {
		jdbc.sql("UPDATE takedown_case SET last_checked_at = GREATEST(last_checked_at, :at) WHERE case_id = :id")
			.param("id", caseId)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Marks the case removed; false when it already was. */
	boolean removed(UUID caseId, Instant at, String by) {
		return jdbc.sql("""
				UPDATE takedown_case SET removed_at = :at, removed_by = :by, last_checked_at = GREATEST(last_checked_at, :at)
				WHERE case_id = :id AND removed_at IS NULL
				""").param("id", caseId).param("at", Timestamp.from(at)).param("by", by).update() == 1;
	}

	private static TakedownCase row(ResultSet rs, int n) throws SQLException {
		long asn = rs.getLong("asn");
		Long asnOrNull = rs.wasNull() ? null : asn;
		return new TakedownCase(rs.getObject("case_id", UUID.class), rs.getString("canonical_url"), rs.getString("host"),
				rs.getTimestamp("first_reported_at").toInstant(), rs.getTimestamp("assessed_at").toInstant(),
				instant(rs, "traced_at"), rs.getString("country"), asnOrNull, instant(rs, "first_notice_at"),
				instant(rs, "last_checked_at"), instant(rs, "removed_at"), rs.getString("removed_by"));
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
