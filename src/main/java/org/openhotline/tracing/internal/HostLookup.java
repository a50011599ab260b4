package org.openhotline.tracing.internal;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.tracing.HostingTrace;
import org.openhotline.tracing.TraceOutcome;
import org.springframework.stereotype.Component;

/**
 * One trace's lookups: DNS, then IP data, then RDAP for the network, the upstream network
 * and the registrar. Only the resolver and the registries are asked, never the host.
 */
@Component
public class HostLookup {

	private final HostResolver resolver;

	private final IpData ipData;

	private final RdapClient rdap;

	private final Clock clock;

	HostLookup(HostResolver resolver, IpData ipData, RdapClient rdap, Clock clock) {
		this.resolver = resolver;
		this.ipData = ipData;
		this.rdap = rdap;
		this.clock = clock;
	}

	/** Asks DNS, the IP data and the registries about the host; stores nothing. */
	public HostingTrace look(UUID caseId, String host, @Nullable String registrableDomain) {
		long start = System.nanoTime();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (host.endsWith(".onion")) {
			return new HostingTrace(caseId, host, null, TraceOutcome.ONION, List.of(), null, null, null, null, null, null,
					null, List.of(), List.of(), now, millisSince(start), List.of(), null, null, 0);
		}
		InetAddress literal = InetAddressLiteral.parseOrNull(host);
		HostResolver.Resolution resolution = literal != null
				? new HostResolver.Resolution(TraceOutcome.TRACED, List.of(literal), List.of())
				: resolver.resolve(host);
		List<String> problems = new ArrayList<>(resolution.problems());
		List<String> sources = new ArrayList<>();
		List<String> addresses = resolution.addresses().stream().map(InetAddressLiteral::text).toList();
		if (resolution.outcome() != TraceOutcome.TRACED) {
			return new HostingTrace(caseId, host, registrableDomain, resolution.outcome(), addresses, null, null, null,
					null, null, null, null, List.of(), List.copyOf(problems), now, millisSince(start), List.of(), null,
					null, 0);
		}
		InetAddress address = resolution.addresses()
			.stream()
			.filter(a -> a.getAddress().length == 4)
			.findFirst()
			.orElse(resolution.addresses().get(0));
		ReportedHost reported = new ReportedHost(host, registrableDomain, addresses);

		Network network = ipData.lookup(address);
		RdapClient.Answer hostAnswer = rdap.network(address, reported);
		collect(hostAnswer, sources, problems);
		network = network.or(new Network(upper(hostAnswer.text("country")), null, hostAnswer.text("name")));

		HostingTrace.Party upstream = null;
		if (network.asn() != null) {
			RdapClient.Answer asAnswer = rdap.autonomousSystem(network.asn(), reported);
			collect(asAnswer, sources, problems);
			upstream = party(asAnswer.contact());
			network = network.or(new Network(null, null, asAnswer.text("name")));
		}
		HostingTrace.Party registrar = null;
		if (registrableDomain != null) {
			RdapClient.Answer domainAnswer = rdap.registrar(registrableDomain, reported);
			collect(domainAnswer, sources, problems);
			registrar = party(domainAnswer.contact());
			if (registrar == null && domainAnswer.object() != null) {
				registrar = HostingTrace.Party.of(RdapClient.registrarName(domainAnswer.object()), null);
			}
		}
		if (!ipData.configured()) {
			problems.add("ip data: none configured");
		}
		return new HostingTrace(caseId, host, registrableDomain, TraceOutcome.TRACED, addresses,
				InetAddressLiteral.text(address), network.country(), network.asn(), network.name(), party(hostAnswer.contact()),
				upstream, registrar, List.copyOf(sources), List.copyOf(problems), now, millisSince(start), List.of(), null,
				null, 0);
	}

	private static void collect(RdapClient.Answer answer, List<String> sources, List<String> problems) {
		answer.sources().forEach(uri -> sources.add(uri.toString()));
		problems.addAll(answer.problems());
	}

	private static HostingTrace.@Nullable Party party(RdapClient.@Nullable Contact contact) {
		return contact == null ? null : new HostingTrace.Party(contact.name(), contact.email());
	}

	private static @Nullable String upper(@Nullable String country) {
		return country == null || !country.matches("[A-Za-z]{2}") ? null : country.toUpperCase(Locale.ROOT);
	}

	private static int millisSince(long start) {
		return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
	}
}
