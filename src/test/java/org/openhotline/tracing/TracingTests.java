package org.openhotline.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;

/** Traces against the loopback DNS server and RDAP fixtures; no test leaves the machine. */
class TracingTests extends HostingFixtures {

	@Autowired
	HostingTracer tracer;

	@Autowired
	HostingTraces traces;

	@Autowired
	AuditTrail audit;

	@Test
	void findsAddressCountryNetworkAndEveryContact() {
		HostingTrace trace = tracer.trace(UUID.randomUUID(), "www.hosting.example", "hosting.example");

		assertThat(trace.outcome()).isEqualTo(TraceOutcome.TRACED);
		assertThat(trace.addresses()).containsExactly("203.0.113.10");
		assertThat(trace.address()).isEqualTo("203.0.113.10");
		assertThat(trace.country()).isEqualTo("FR");
		assertThat(trace.asn()).isEqualTo(64500L);
		assertThat(trace.networkName()).isEqualTo("EXAMPLE-HOSTING-FR");
		assertThat(trace.hostContact()).isEqualTo(new HostingTrace.Party("Hosting abuse desk", "abuse@hosting-fr.example"));
		assertThat(trace.upstreamContact().email()).isEqualTo("noc@transit-fr.example");
		assertThat(trace.registrar()).isEqualTo(new HostingTrace.Party("Example Registrar", "abuse@registrar.example"));
		assertThat(trace.sources()).anyMatch(s -> s.endsWith("/ip/203.0.113.10"));
		assertThat(trace.problems()).isEmpty();
		assertThat(traces.of(trace.caseId())).contains(trace);
	}

	@Test
	void followsARegistryReferralToTheMoreSpecificRegistration() {
		HostingTrace trace = tracer.trace(UUID.randomUUID(), "files.referred.example", "referred.example");

		assertThat(trace.hostContact().email()).isEqualTo("abuse@customer-us.example");
		assertThat(trace.country()).isEqualTo("US");
		assertThat(trace.sources()).anyMatch(s -> s.endsWith("/referred/ip/198.51.100.7"));
		// no registrar is known for referred.example: said, not failed
		assertThat(trace.registrar()).isNull();
		assertThat(trace.problems()).anyMatch(p -> p.startsWith("rdap: not found"));
	}

	@Test
	void tracesIpv6() {
		HostingTrace trace = tracer.trace(UUID.randomUUID(), "v6.example", "v6.example");

		assertThat(trace.addresses()).containsExactly("2001:db8::7");
		assertThat(trace.country()).isEqualTo("DE");
		assertThat(trace.asn()).isEqualTo(64502L);
		assertThat(trace.hostContact().email()).isEqualTo("abuse@v6-de.example");
	}

	@Test
	void aNameThatDoesNotExistIsUnresolvableAndGoesToLawEnforcement() {
		HostingTrace trace = tracer.trace(UUID.randomUUID(), "nowhere.example", "nowhere.example");

		assertThat(trace.outcome()).isEqualTo(TraceOutcome.UNRESOLVABLE);
		assertThat(trace.forLawEnforcement()).isTrue();
		assertThat(trace.addresses()).isEmpty();
	}

	@Test
	void aResolverThatDoesNotAnswerMakesAFailedTraceNotAnError() {
		HostingTrace trace = tracer.trace(UUID.randomUUID(), "slow.example", "slow.example");

		assertThat(trace.outcome()).isEqualTo(TraceOutcome.FAILED);
		assertThat(trace.forLawEnforcement()).isFalse();
		assertThat(trace.problems()).anyMatch(p -> p.contains("no answer in time"));
	}

	@Test
	void anOnionServiceIsNeverLookedUp() {
		int before = DNS.totalQueries();

		HostingTrace trace = tracer.trace(UUID.randomUUID(),
				"exampleexampleexampleexampleexampleexampleexampleexample.onion", null);

		assertThat(trace.outcome()).isEqualTo(TraceOutcome.ONION);
		assertThat(trace.forLawEnforcement()).isTrue();
		assertThat(DNS.totalQueries()).isEqualTo(before);
	}

	@Test
	void anAddressLiteralNeedsNoDns() {
		int before = DNS.totalQueries();

		HostingTrace trace = tracer.trace(UUID.randomUUID(), "203.0.113.10", null);

		assertThat(trace.outcome()).isEqualTo(TraceOutcome.TRACED);
		assertThat(trace.country()).isEqualTo("FR");
		assertThat(DNS.totalQueries()).isEqualTo(before);
	}

	@Test
	void withoutIpDataForAnAddressTheCountryComesFromTheRegistryOrIsUnknown() {
		// 192.0.2.5 is in a "not routed" line of the range table and has no RDAP answer
		HostingTrace trace = tracer.trace(UUID.randomUUID(), "192.0.2.5", null);

		assertThat(trace.outcome()).isEqualTo(TraceOutcome.TRACED);
		assertThat(trace.country()).isNull();
		assertThat(trace.asn()).isNull();
		assertThat(trace.hostContact()).isNull();
	}

	@Test
	void aHostileReferralToTheReportedAddressIsNotFollowedAndTheCanaryHearsNothing() {
		HostingTrace trace = tracer.trace(UUID.randomUUID(), "canary.test", null);

		assertThat(trace.addresses()).containsExactly(HostingLoopback.ADDRESS);
		assertThat(trace.problems()).anyMatch(p -> p.contains("pointed at the reported host"));
		assertThat(CANARY.requests()).isZero();
	}

	@Test
	void correctionsAreAuditedAndSurviveTheNextTrace() {
		UUID caseId = UUID.randomUUID();
		HostingTrace traced = tracer.trace(caseId, "www.hosting.example", "hosting.example");

		HostingTrace corrected = tracer.correct(caseId, new TraceCorrection("BE", 64500L, "EXAMPLE-HOSTING-FR",
				"Hosting abuse desk", "legal@hosting-fr.example", "noc@transit-fr.example", "Example Registrar",
				"abuse@registrar.example"), traced.version(), "analyst-one");

		assertThat(corrected.country()).isEqualTo("BE");
		assertThat(corrected.hostContact().email()).isEqualTo("legal@hosting-fr.example");
		assertThat(corrected.correctedFields()).containsExactly("country", "hostContactEmail");
		assertThat(audit.latest(5)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("TRACE_CORRECTED");
			assertThat(entry.target()).isEqualTo(caseId.toString());
			assertThat(entry.details()).contains("country: FR -> BE").contains("hostContactEmail");
		});

		HostingTrace again = tracer.traceAgain(caseId, "www.hosting.example", "hosting.example", "analyst-two");

		assertThat(again.country()).isEqualTo("BE");
		assertThat(again.hostContact().email()).isEqualTo("legal@hosting-fr.example");
		assertThat(again.asn()).isEqualTo(64500L);
		assertThat(audit.latest(5)).anyMatch(e -> e.action().equals("HOSTING_TRACED") && e.actor().equals("analyst-two"));
	}

	@Test
	void aStaleCorrectionIsRefused() {
		UUID caseId = UUID.randomUUID();
		HostingTrace traced = tracer.trace(caseId, "www.hosting.example", "hosting.example");
		tracer.correct(caseId, withCountry(traced, "BE"), traced.version(), "a");

		assertThatThrownBy(() -> tracer.correct(caseId, withCountry(traced, "NL"), traced.version(), "b"))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
	}

	@Test
	void correctionsThatCouldNotBeSentAreRefused() {
		assertThatThrownBy(() -> new TraceCorrection(null, null, null, null, "abuse@example.net\r\nBcc: x@example.org",
				null, null, null))
			.isInstanceOfSatisfying(org.openhotline.shared.validation.StepRefused.class, e -> assertThat(e.field()).isEqualTo("hostContactEmail"));
		assertThatThrownBy(() -> new TraceCorrection("France", null, null, null, null, null, null, null))
			.isInstanceOfSatisfying(org.openhotline.shared.validation.StepRefused.class, e -> assertThat(e.messageKey()).isEqualTo("trace.error.country"));
		assertThatThrownBy(() -> new TraceCorrection(null, -1L, null, null, null, null, null, null))
			.isInstanceOf(org.openhotline.shared.validation.StepRefused.class);
	}

	private static TraceCorrection withCountry(HostingTrace trace, String country) {
		TraceCorrection current = TraceCorrection.from(trace);
		return new TraceCorrection(country, current.asn(), current.networkName(), current.hostContactName(),
				current.hostContactEmail(), current.upstreamContactEmail(), current.registrarName(),
				current.registrarEmail());
	}
}
