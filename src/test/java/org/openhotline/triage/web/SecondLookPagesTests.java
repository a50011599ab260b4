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
import org.openhotline.portal.web.PortalHttpAccess;
import org.openhotline.triage.CaseArrival;
import org.openhotline.triage.CaseQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The blind second look, over HTTP, every first assessment going to a second assessor: until
 * the second assessment is saved, nobody but the first assessor sees the first outcome on any
 * page of the case; the first assessor cannot take the second look; a supervisor's refused
 * settlement keeps everything and shows every error.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "openhotline.triage.second-assessment-share=1")
class SecondLookPagesTests {

	static final String[] CATEGORY_B = { "outcome", "CSAM_B", "ageBand", "11-13", "sexes", "FEMALE", "siteType",
			"IMAGE_HOST", "commercial", "true", "notes", "first look notes" };

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
	void onlyTheFirstAssessorSeesTheFirstOutcomeUntilTheSecondIsSaved() throws Exception {
		String caseId = firstLookBy(awa(), "blind");
		OfficeHttp bintou = StaffSignIn.signedIn(port, Role.ANALYST, "Bintou Analyst", administration, enrolment, clock);
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Seydou Supervisor", administration, enrolment, clock);

		for (OfficeHttp other : List.of(bintou, supervisor)) {
			String page = other.get("/office/cases/" + caseId).body();
			assertThat(page).contains("A second, independent assessment is asked for", "id=\"first-hidden\"")
				.doesNotContain("category B", "CSAM_B", "first look notes", "· Awa Analyst");
			for (String sub : List.of("/hosting", "/actions", "/url-list")) {
				assertThat(other.get("/office/cases/" + caseId + sub).body()).as(sub)
					.doesNotContain("category B", "CSAM_B", "first look notes");
			}
		}
		assertThat(supervisor.get("/office/admin/audit").statusCode()).as("the audit trail, which says it, is the administrators'")
			.isEqualTo(403);

		bintou.get("/office/cases/" + caseId);
		bintou.post("/office/cases/" + caseId + "/claim");
		HttpResponse<String> saved = bintou.post("/office/cases/" + caseId + "/assess", "outcome", "NOT_ILLEGAL");
		String after = bintou.follow(saved).body();

		assertThat(after).contains("First assessment: Child sexual abuse – category B · Awa Analyst",
				"Second assessment: Not illegal · Bintou Analyst", "The case is now: Disagreement.")
			.doesNotContain("id=\"first-hidden\"");
	}

	@Test
	void theFirstAssessorSeesTheirOwnAndCannotTakeTheSecondLook() throws Exception {
		OfficeHttp awa = awa();
		String caseId = firstLookBy(awa, "own");

		String page = awa.get("/office/cases/" + caseId).body();
		assertThat(page).contains("First assessment: Child sexual abuse – category B · Awa Analyst",
				"You made the first assessment: a second, independent assessment by someone else is asked for.")
			.doesNotContain("id=\"claim\"", "id=\"first-hidden\"");
		HttpResponse<String> refused = awa.follow(awa.post("/office/cases/" + caseId + "/claim"));
		assertThat(refused.body()).contains("The second assessment must be made by someone else.");
	}

	@Test
	void theSupervisorSettlingADisagreementSeesEachAssessmentsAnswersAndNotes() throws Exception {
		String caseId = firstLookBy(awa(), "answers");
		OfficeHttp bintou = StaffSignIn.signedIn(port, Role.ANALYST, "Bintou Analyst", administration, enrolment, clock);
		bintou.get("/office/cases/" + caseId);
		bintou.post("/office/cases/" + caseId + "/claim");
		bintou.post("/office/cases/" + caseId + "/assess", "outcome", "NOT_ILLEGAL", "notes", "second look notes");
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Seydou Supervisor", administration, enrolment, clock);

		String page = supervisor.get("/office/cases/" + caseId).body();

		String first = page.substring(page.indexOf("id=\"assessment-FIRST\""), page.indexOf("id=\"assessment-SECOND\""));
		assertThat(first).contains("Age of the youngest child", ">11-13<", ">Female<", ">Image host<", "Commercial", ">Yes<",
				">first look notes<");
		String second = page.substring(page.indexOf("id=\"assessment-SECOND\""), page.indexOf("id=\"assess\""));
		assertThat(second).contains(">second look notes<")
			.doesNotContain("Age of the youngest child");
		assertThat(page).contains("id=\"assess\"", "/settle");
	}

	@Test
	void aRefusedSettlementShowsEveryErrorAndKeepsEverything() throws Exception {
		String caseId = firstLookBy(awa(), "settle");
		OfficeHttp bintou = StaffSignIn.signedIn(port, Role.ANALYST, "Bintou Analyst", administration, enrolment, clock);
		bintou.get("/office/cases/" + caseId);
		bintou.post("/office/cases/" + caseId + "/claim");
		bintou.post("/office/cases/" + caseId + "/assess", "outcome", "NOT_ILLEGAL");
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Seydou Supervisor", administration, enrolment, clock);
		supervisor.get("/office/cases/" + caseId);

		HttpResponse<String> refused = supervisor.post("/office/cases/" + caseId + "/settle", "outcome", "CSAM_A",
				"sexes", "MALE", "notes", "settling");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(refused.body()).contains("<a href=\"#ageBand\">", "<a href=\"#siteType\">", "<a href=\"#commercial\">")
			.doesNotContain("<a href=\"#sexes\">")
			.containsPattern("id=\"outcome-CSAM_A\" value=\"CSAM_A\" checked")
			.containsPattern("id=\"sex-MALE\" value=\"MALE\" checked")
			.contains(">settling</textarea>");
	}

	private OfficeHttp awa() {
		return StaffSignIn.signedIn(port, Role.ANALYST, "Awa Analyst", administration, enrolment, clock);
	}

	/** A newly reported case, assessed as category B by the analyst: it now waits for a second look. */
	private String firstLookBy(OfficeHttp analyst, String path) throws Exception {
		String address = "https://example.com/" + path + "/" + UUID.randomUUID();
		new PortalHttpAccess(port).report(address);
		String caseId = CaseArrival.awaitCase(cases, address, clock);
		analyst.get("/office/cases/" + caseId);
		analyst.post("/office/cases/" + caseId + "/claim");
		assertThat(analyst.post("/office/cases/" + caseId + "/assess", CATEGORY_B).statusCode()).isEqualTo(302);
		assertThat(cases.find(new org.openhotline.triage.CaseId(UUID.fromString(caseId))).orElseThrow().status().name())
			.isEqualTo("SECOND_ASSESSMENT");
		return caseId;
	}
}
