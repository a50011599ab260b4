package org.openhotline.triage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.portal.web.PortalHttpAccess;
import org.openhotline.triage.CaseArrival;
import org.openhotline.triage.CaseQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an attacker types into the working loop's forms: a NUL character (which PostgreSQL does
 * not keep in text), ids that are not ids. Each is a clean refusal, never a failure of the server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "openhotline.triage.second-assessment-share=0")
class HostileInputPagesTests {

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

	@Test
	void aNulInTheNotesIsRefusedBesideThemWithEverythingKept() throws Exception {
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Nul Analyst", administration, enrolment, clock);
		String caseId = newCase("nul-notes");
		analyst.get("/office/cases/" + caseId);
		analyst.post("/office/cases/" + caseId + "/claim");

		HttpResponse<String> refused = analyst.post("/office/cases/" + caseId + "/assess", "outcome", "NOT_ILLEGAL",
				"notes", "before\u0000after");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("<a href=\"#notes\">", "id=\"notes-error\"");
		assertThat(cases.find(new org.openhotline.triage.CaseId(UUID.fromString(caseId))).orElseThrow().status().name())
			.isEqualTo("CLAIMED");
		HttpResponse<String> saved = analyst.post("/office/cases/" + caseId + "/assess", "outcome", "NOT_ILLEGAL",
				"notes", "line one\r\n\tline two");
		assertThat(saved.statusCode()).as("line breaks and tabs are notes").isEqualTo(302);
	}

	@Test
	void aNulOrNonsenseInTheDuplicateFormIsRefusedNotAFailure() throws Exception {
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Nul Supervisor", administration, enrolment, clock);
		String caseId = newCase("nul-duplicate");
		supervisor.get("/office/queue");

		HttpResponse<String> nul = supervisor.post("/office/queue/duplicates", "cases", caseId, "original",
				"https://example.com/\u0000");
		assertThat(nul.statusCode()).isEqualTo(422);
		assertThat(nul.body()).contains("id=\"original-error\"");

		assertThat(supervisor.post("/office/queue/duplicates", "cases", "not-an-id", "original", caseId).statusCode())
			.isEqualTo(400);
		assertThat(supervisor.post("/office/queue/duplicates", "cases", caseId, "original", caseId, "page", "x").statusCode())
			.isEqualTo(400);
	}

	@Test
	void aNulInTheAuditTrailsPersonFilterFindsNobody() {
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Nul Administrator", administration, enrolment, clock);

		HttpResponse<String> answer = admin.get("/office/admin/audit?person=a%00b");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"audit-empty\"");
	}

	@Test
	void everyStepOfTheWorkingLoopWithoutItsCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Csrf Supervisor", administration, enrolment, clock);
		String original = newCase("csrf-original");
		String caseId = newCase("csrf");
		supervisor.get("/office/cases/" + caseId);
		for (String path : java.util.List.of("/office/queue/next", "/office/cases/" + caseId + "/claim",
				"/office/cases/" + caseId + "/release", "/office/cases/" + caseId + "/assess")) {
			assertThat(supervisor.postStale(path, "outcome", "NOT_ILLEGAL").statusCode()).as(path).isEqualTo(403);
		}
		assertThat(supervisor.postStale("/office/queue/duplicates", "cases", caseId, "original", original).statusCode())
			.isEqualTo(403);
		assertThat(cases.find(new org.openhotline.triage.CaseId(UUID.fromString(caseId))).orElseThrow().status().name())
			.isEqualTo("NEW");
	}

	@Test
	void aPeriodBeyondWhatTheDatabaseKeepsIsRefusedNotAFailure() {
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Far Period", administration, enrolment, clock);
		for (String period : java.util.List.of("from=%2B300000-01-01&to=%2B300000-01-02", "from=-5000-01-01&to=-5000-01-02",
				"from=%2B999999999-12-30&to=%2B999999999-12-31")) {
			for (String page : java.util.List.of("/office/statistics.csv?", "/office/statistics?", "/office/takedown/figures?",
					"/office/takedown/figures.csv?")) {
				assertThat(supervisor.get(page + period).statusCode()).as(page + period).isLessThan(500);
			}
		}
	}

	private String newCase(String path) throws Exception {
		String address = "https://example.com/" + path + "/" + UUID.randomUUID();
		new PortalHttpAccess(port).report(address);
		return CaseArrival.awaitCase(cases, address, clock);
	}
}
