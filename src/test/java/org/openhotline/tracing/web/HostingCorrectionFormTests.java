package org.openhotline.tracing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhotline.shared.web.RefusedForm.assertRefused;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.tracing.HostingFixtures;
import org.openhotline.tracing.HostingTraces;
import org.openhotline.tracing.HostingTracer;
import org.openhotline.triage.CaseArrival;
import org.openhotline.triage.CaseQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The correction form of the hosting page refused with several mistakes: every error at once, what was typed kept. */
class HostingCorrectionFormTests extends HostingFixtures {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	CaseQueries cases;

	@Autowired
	HostingTracer tracer;

	@Autowired
	HostingTraces traces;

	@Test
	void aCorrectionWithSeveralMistakesComesBackWithEveryErrorBesideTheFormAndWhatWasTyped() throws Exception {
		String address = "https://elsewhere.example/corrections/" + UUID.randomUUID();
		new org.openhotline.portal.web.PortalHttpAccess(port).report(address);
		UUID caseId = UUID.fromString(CaseArrival.awaitCase(cases, address, CLOCK));
		tracer.trace(caseId, "elsewhere.example", "elsewhere.example");
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Ama Analyst", administration, enrolment, CLOCK);
		HttpResponse<String> page = analyst.get("/office/cases/" + caseId + "/hosting");
		assertThat(page.body()).as("when it was traced, in words and in UTC").containsPattern("<time datetime=\"[0-9T:-]+Z\"");

		HttpResponse<String> refused = analyst.post("/office/cases/" + caseId + "/hosting/correct", "version", "0",
				"country", "Germany", "asn", "sixty-four", "networkName", "EXAMPLE-HOSTING-DE", "hostContactName",
				"Hosting DE", "hostContactEmail", "abuse@hosting-de.example\r\nBcc: x@example.org", "upstreamContactEmail",
				"noc at transit", "registrarName", "", "registrarEmail", "");

		String form = assertRefused(refused, "country", "asn", "hostContactEmail", "upstreamContactEmail");
		assertThat(form).contains("value=\"Germany\"", "value=\"sixty-four\"", "value=\"EXAMPLE-HOSTING-DE\"",
				"value=\"Hosting DE\"", "value=\"noc at transit\"", "Enter one email address");
		assertThat(traces.of(caseId)).get().satisfies(t -> assertThat(t.correctedFields()).isEmpty());
	}
}
