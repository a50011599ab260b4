package org.openhotline.tracing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a case's host is, as last traced or as an analyst corrected it. Any part may be
 * unknown ({@code null}); {@code problems} says what could not be found out and why.
 *
 * @param hostContact the abuse contact of the network the address is in (the hosting provider)
 * @param upstreamContact the abuse contact of the autonomous system (the upstream network)
 * @param registrar the registrar of the registrable domain and its abuse address
 * @param correctedFields the fields an analyst has corrected since the last trace
 */
public record HostingTrace(UUID caseId, String host, @Nullable String registrableDomain, TraceOutcome outcome,
		List<String> addresses, @Nullable String address, @Nullable String country, @Nullable Long asn,
		@Nullable String networkName, @Nullable Party hostContact, @Nullable Party upstreamContact,
		@Nullable Party registrar, List<String> sources, List<String> problems, Instant tracedAt, int traceMillis,
		List<String> correctedFields, @Nullable String correctedBy, @Nullable Instant correctedAt, long version) {

	/** A named party and the address notices go to; the name may be unknown, the email too. */
	public record Party(@Nullable String name, @Nullable String email) {

		public static @Nullable Party of(@Nullable String name, @Nullable String email) {
			return name == null && email == null ? null : new Party(name, email);
		}
	}

	/** Whether the content can be reached only through law enforcement (no host to write to). */
	public boolean forLawEnforcement() {
		return outcome == TraceOutcome.ONION || outcome == TraceOutcome.UNRESOLVABLE;
	}
}
