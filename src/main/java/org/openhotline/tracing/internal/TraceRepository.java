package org.openhotline.tracing.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.tracing.HostingTrace;
import org.openhotline.tracing.TraceOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Traces in PostgreSQL, one row per case. */
@Repository
public class TraceRepository {

	private final JdbcClient jdbc;

	TraceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<HostingTrace> find(UUID caseId) {
		return jdbc.sql("SELECT * FROM hosting_trace WHERE case_id = :id").param("id", caseId).query(TraceRepository::row)
			.optional();
	}

	/** Inserts or replaces the case's trace; false when someone else changed it meanwhile. */
	public boolean save(HostingTrace trace, long expectedVersion, boolean isNew) {
		String sql = isNew ? """
				INSERT INTO hosting_trace (case_id, host, registrable_domain, outcome, addresses, address, country, asn,
				  network_name, host_contact_name, host_contact_email, upstream_contact_name, upstream_contact_email,
				  registrar_name, registrar_email, sources, problems, traced_at, trace_millis, corrected_fields,
				  corrected_by, corrected_at, version)
				VALUES (:id, :host, :domain, :outcome, :addresses, :address, :country, :asn, :networkName, :hostName,
				  :hostEmail, :upstreamName, :upstreamEmail, :registrarName, :registrarEmail, :sources, :problems,
				  :tracedAt, :millis, :corrected, :correctedBy, :correctedAt, 0)
				ON CONFLICT (case_id) DO NOTHING
				""" : """
				UPDATE hosting_trace SET host = :host, registrable_domain = :domain, outcome = :outcome,
				  addresses = :addresses, address = :address, country = :country, asn = :asn,
				  network_name = :networkName, host_contact_name = :hostName, host_contact_email = :hostEmail,
				  upstream_contact_name = :upstreamName, upstream_contact_email = :upstreamEmail,
				  registrar_name = :registrarName, registrar_email = :registrarEmail, sources = :sources,
				  problems = :problems, traced_at = :tracedAt, trace_millis = :millis, corrected_fields = :corrected,
				  corrected_by = :correctedBy, corrected_at = :correctedAt, version = version + 1
				WHERE case_id = :id AND version = :version
				""";
		return jdbc.sql(sql)
			.param("id", trace.caseId())
			.param("host", trace.host())
			.param("domain", trace.registrableDomain())
			.param("outcome", trace.outcome().name())
			.param("addresses", trace.addresses().toArray(String[]::new))
			.param("address", trace.address())
			.param("country", trace.country())
			.param("asn", trace.asn())
			.param("networkName", trace.networkName())
			.param("hostName", name(trace.hostContact()))
			.param("hostEmail", email(trace.hostContact()))
			.param("upstreamName", name(trace.upstreamContact()))
			.param("upstreamEmail", email(trace.upstreamContact()))
			.param("registrarName", name(trace.registrar()))
			.param("registrarEmail", email(trace.registrar()))
			.param("sources", trace.sources().toArray(String[]::new))
			.param("problems", trace.problems().toArray(String[]::new))
			.param("tracedAt", Timestamp.from(trace.tracedAt()))
			.param("millis", trace.traceMillis())
			.param("corrected", trace.correctedFields().toArray(String[]::new))
			.param("correctedBy", trace.correctedBy())
			.param("correctedAt", trace.correctedAt() == null ? null : Timestamp.from(trace.correctedAt()))
			.param("version", expectedVersion)
			.update() == 1;
	}

	private static @Nullable String name(HostingTrace.@Nullable Party party) {
		return party == null ? null : party.name();
	}

	private static @Nullable String email(HostingTrace.@Nullable Party party) {
		return party == null ? null : party.email();
	}

	private static HostingTrace row(ResultSet rs, int n) throws SQLException {
		Timestamp correctedAt = rs.getTimestamp("corrected_at");
		long asn = rs.getLong("asn");
		Long asnOrNull = rs.wasNull() ? null : asn;
		return new HostingTrace(rs.getObject("case_id", UUID.class), rs.getString("host"),
				rs.getString("registrable_domain"), TraceOutcome.valueOf(rs.getString("outcome")),
				strings(rs.getArray("addresses")), rs.getString("address"), rs.getString("country"), asnOrNull,
				rs.getString("network_name"),
				HostingTrace.Party.of(rs.getString("host_contact_name"), rs.getString("host_contact_email")),
				HostingTrace.Party.of(rs.getString("upstream_contact_name"), rs.getString("upstream_contact_email")),
				HostingTrace.Party.of(rs.getString("registrar_name"), rs.getString("registrar_email")),
				strings(rs.getArray("sources")), strings(rs.getArray("problems")),
				rs.getTimestamp("traced_at").toInstant(), rs.getInt("trace_millis"),
				strings(rs.getArray("corrected_fields")), rs.getString("corrected_by"),
				correctedAt == null ? null : correctedAt.toInstant(), rs.getLong("version"));
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
	}
}
