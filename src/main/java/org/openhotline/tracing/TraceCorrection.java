package org.openhotline.tracing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.PlainEmail;
import org.openhotline.shared.validation.FieldRefusals;

/**
 * What an analyst says the trace should be, field by field; blank means unknown. The
 * constructor refuses values a notice could not be sent with (an email address with a
 * line break, a country that is not two letters), every field at once, naming the message
 * key of each problem.
 */
public record TraceCorrection(@Nullable String country, @Nullable Long asn, @Nullable String networkName,
		@Nullable String hostContactName, @Nullable String hostContactEmail, @Nullable String upstreamContactEmail,
		@Nullable String registrarName, @Nullable String registrarEmail) {

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	/** The fields, by the names stored in {@code corrected_fields}. */
	static final List<String> FIELDS = List.of("country", "asn", "networkName", "hostContactName", "hostContactEmail",
			"upstreamContactEmail", "registrarName", "registrarEmail");

	public TraceCorrection {
		FieldRefusals refused = new FieldRefusals();
		country = blankToNull(country);
		networkName = limited(blankToNull(networkName), "networkName", refused);
		hostContactName = limited(blankToNull(hostContactName), "hostContactName", refused);
		registrarName = limited(blankToNull(registrarName), "registrarName", refused);
		hostContactEmail = email(blankToNull(hostContactEmail), "hostContactEmail", refused);
		upstreamContactEmail = email(blankToNull(upstreamContactEmail), "upstreamContactEmail", refused);
		registrarEmail = email(blankToNull(registrarEmail), "registrarEmail", refused);
		if (country != null && !COUNTRY.matcher(country).matches()) {
			refused.add("country", "trace.error.country");
		}
		if (asn != null && (asn <= 0 || asn > 4_294_967_295L)) {
			refused.add("asn", "trace.error.asn");
		}
		refused.refuseIfAny(FIELDS);
	}

	static TraceCorrection from(HostingTrace trace) {
		return new TraceCorrection(trace.country(), trace.asn(), trace.networkName(),
				trace.hostContact() == null ? null : trace.hostContact().name(),
				trace.hostContact() == null ? null : trace.hostContact().email(),
				trace.upstreamContact() == null ? null : trace.upstreamContact().email(),
				trace.registrar() == null ? null : trace.registrar().name(),
				trace.registrar() == null ? null : trace.registrar().email());
	}

	List<String> changedFrom(HostingTrace trace) {
		TraceCorrection current = from(trace);
		List<String> changed = new ArrayList<>();
		for (String field : FIELDS) {
			if (!Objects.equals(value(field), current.value(field))) {
				changed.add(field);
			}
		}
		return changed;
	}

	String describeChanges(HostingTrace trace) {
		TraceCorrection current = from(trace);
		List<String> parts = new ArrayList<>();
		for (String field : changedFrom(trace)) {
			parts.add(field + ": " + Objects.toString(current.value(field), "-") + " -> "
					+ Objects.toString(value(field), "-"));
		}
		return String.join("; ", parts);
	}

	/** The trace with this correction's values in the given fields, the rest as traced. */
	HostingTrace applyTo(HostingTrace trace, List<String> fields, @Nullable String by, @Nullable Instant at) {
		Function<String, Boolean> mine = fields::contains;
		TraceCorrection base = from(trace);
		String c = mine.apply("country") ? country : base.country;
		Long a = mine.apply("asn") ? asn : base.asn;
		String n = mine.apply("networkName") ? networkName : base.networkName;
		String hn = mine.apply("hostContactName") ? hostContactName : base.hostContactName;
		String he = mine.apply("hostContactEmail") ? hostContactEmail : base.hostContactEmail;
		String ue = mine.apply("upstreamContactEmail") ? upstreamContactEmail : base.upstreamContactEmail;
		String rn = mine.apply("registrarName") ? registrarName : base.registrarName;
		String re = mine.apply("registrarEmail") ? registrarEmail : base.registrarEmail;
		String upstreamName = trace.upstreamContact() == null ? null : trace.upstreamContact().name();
		return new HostingTrace(trace.caseId(), trace.host(), trace.registrableDomain(), trace.outcome(),
				trace.addresses(), trace.address(), c, a, n, HostingTrace.Party.of(hn, he),
				HostingTrace.Party.of(upstreamName, ue), HostingTrace.Party.of(rn, re), trace.sources(),
				trace.problems(), trace.tracedAt(), trace.traceMillis(), List.copyOf(fields), by, at, trace.version());
	}

	private @Nullable Object value(String field) {
		return switch (field) {
			case "country" -> country;
			case "asn" -> asn;
			case "networkName" -> networkName;
			case "hostContactName" -> hostContactName;
			case "hostContactEmail" -> hostContactEmail;
			case "upstreamContactEmail" -> upstreamContactEmail;
			case "registrarName" -> registrarName;
			case "registrarEmail" -> registrarEmail;
			default -> throw new IllegalArgumentException(field);
		};
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable String limited(@Nullable String value, String field, FieldRefusals refused) {
		if (value != null && (value.length() > 200 || value.chars().anyMatch(Character::isISOControl))) {
			refused.add(field, "trace.error.text");
		}
		return value;
	}

	private static @Nullable String email(@Nullable String value, String field, FieldRefusals refused) {
		if (value != null && !PlainEmail.isPlain(value)) {
			refused.add(field, "trace.error.email");
		}
		return value;
	}
}
