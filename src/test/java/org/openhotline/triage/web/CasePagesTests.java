package org.openhotline.triage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.triage.CaseQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A report from the portal reaches the queue; an analyst claims and assesses it; the
 * reporter's status page then shows the outcome's sentence. Over real HTTP, on PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "openhotline.triage.second-assessment-share=0")
class CasePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	Clock clock;

	@Autowired
	CaseQueries cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPortalReportIsClaimedAndAssessedAndTheReporterSeesTheOutcome() throws Exception {
		String address = "https://example.com/queue/" + UUID.randomUUID();
		org.openhotline.portal.web.PortalHttpAccess portal = new org.openhotline.portal.web.PortalHttpAccess(port);
		String[] receipt = portal.report(address);
		String caseId = awaitCase(address);

		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Awa Analyst", administration, enrolment, clock);
		HttpResponse<String> queue = analyst.get("/office/queue?portal=ml");
		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.body()).contains("<code class=\"url\" dir=\"ltr\">" + address + "</code>")
			.doesNotContain("href=\"" + address);

		HttpResponse<String> page = analyst.get("/office/cases/" + caseId);
		assertThat(page.body()).contains("Claim this case", "Images", "ml / fr", "data-copy=\"" + address + "\"");
		assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
			.contains("script-src 'self'").doesNotContain("unsafe");
		assertThat(analyst.post("/office/cases/" + caseId + "/claim").statusCode()).isEqualTo(302);
		analyst.get("/office/cases/" + caseId);
		HttpResponse<String> assessed = analyst.post("/office/cases/" + caseId + "/assess", "outcome", "CSAM_B",
				"ageBand", "11-13", "sexes", "FEMALE", "siteType", "IMAGE_HOST", "commercial", "false", "notes", "");
		assertThat(assessed.statusCode()).isEqualTo(302);
		HttpResponse<String> after = analyst.get("/office/cases/" + caseId);
		assertThat(OfficeHttp.text(after.body(), "case-status")).isEqualTo("Assessed, action needed");
		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE target = ? AND action IN ('CASE_CLAIMED', 'CASE_ASSESSED')")
			.param(caseId).query(String.class).list())
			.as("the audit trail names the analyst by their unique user name, not the name shown")
			.hasSize(2)
			.allMatch(actor -> actor.matches("analyst-[0-9a-f]{8}"));

		String status = portal.status(receipt[1]);
		assertThat(status).contains("Your report has been assessed, and action is being taken.");
	}

	@Test
	void aRefusedAssessmentComesBackAsAMessage() throws Exception {
		String address = "https://example.com/refused/" + UUID.randomUUID();
		new org.openhotline.portal.web.PortalHttpAccess(port).report(address);
		String caseId = awaitCase(address);
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Awa Analyst", administration, enrolment, clock);
		analyst.get("/office/cases/" + caseId);
		analyst.post("/office/cases/" + caseId + "/claim");
		analyst.get("/office/cases/" + caseId);

		HttpResponse<String> refused = analyst.follow(analyst.post("/office/cases/" + caseId + "/assess", "outcome", "CSAM_A"));

		assertThat(refused.body()).contains("Choose the age band of the youngest child.");
	}

	@Test
	void onlySupervisorsReadContactDetailsAndEachReadingIsAudited() throws Exception {
		String address = "https://example.com/contact/" + UUID.randomUUID();
		String email = "reporter-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		new org.openhotline.portal.web.PortalHttpAccess(port).report(address, email);
		String caseId = awaitCase(address);
		UUID report = cases.reports(new org.openhotline.triage.CaseId(UUID.fromString(caseId))).get(0).reportId();
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Awa Analyst", administration, enrolment, clock);
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Seydou Supervisor", administration, enrolment, clock);

		analyst.get("/office/cases/" + caseId);
		assertThat(analyst.post("/office/cases/" + caseId + "/reports/" + report + "/contact").statusCode()).isEqualTo(403);
		supervisor.get("/office/cases/" + caseId);
		HttpResponse<String> shown = supervisor.post("/office/cases/" + caseId + "/reports/" + report + "/contact");

		assertThat(shown.statusCode()).as("shown in the answer itself, not kept for a redirect").isEqualTo(200);
		assertThat(shown.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(OfficeHttp.text(shown.body(), "contact")).isEqualTo(email);
		byte[] needle = email.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(jdbc.sql("SELECT attribute_bytes FROM spring_session_attributes").query((rs, n) -> rs.getBytes(1)).list())
			.as("the contact details never reach the session table")
			.noneMatch(bytes -> new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
				.contains(new String(needle, java.nio.charset.StandardCharsets.ISO_8859_1)));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CONTACT_DETAILS_VIEWED' AND target = ?")
			.param(report.toString()).query(Integer.class).single()).isEqualTo(1);
	}

	private String awaitCase(String address) throws InterruptedException {
		return org.openhotline.triage.CaseArrival.awaitCase(cases, address, clock);
	}
}
