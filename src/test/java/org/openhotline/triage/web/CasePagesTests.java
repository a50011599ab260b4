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
import org.openhotline.intake.ContactDetails;
import org.openhotline.intake.ContentSeen;
import org.openhotline.intake.FormTokens;
import org.openhotline.intake.FoundWhere;
import org.openhotline.intake.ReportIntake;
import org.openhotline.intake.SubmitReport;
import org.openhotline.intake.url.CanonicalUrl;
import org.openhotline.intake.url.CanonicalizationResult;
import org.openhotline.intake.url.UrlCanonicalizer;
import org.openhotline.portal.web.PortalHttpAccess;
import org.openhotline.tracing.HostingTraces;
import org.openhotline.triage.CaseId;
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

	@Autowired
	ReportIntake intake;

	@Autowired
	FormTokens formTokens;

	@Autowired
	UrlCanonicalizer canonicalizer;

	@Autowired
	HostingTraces traces;

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
	void theClaimSaysUntilWhenItLasts() throws Exception {
		ClaimedCase claimed = claimedByAwa("claimed");
		String caseId = claimed.caseId();
		OfficeHttp analyst = claimed.analyst();

		String page = analyst.get("/office/cases/" + caseId).body();

		assertThat(OfficeHttp.text(page, "holder")).isEqualTo("Awa Analyst · the claim ends");
		String until = cases.find(new CaseId(UUID.fromString(caseId))).orElseThrow().claimedUntil()
			.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
		assertThat(page).as("the time shown is when the claim lapses, not when it was made, in words and exactly")
			.containsPattern("the claim ends</span>\\s*<time datetime=\"" + until + "\"\\s+title=\"[^\"]+ UTC\">in \\d+ h</time>");
	}

	@Test
	void aRefusedAssessmentKeepsWhatWasChosen() throws Exception {
		ClaimedCase claimed = claimedByAwa("kept");
		String caseId = claimed.caseId();
		OfficeHttp analyst = claimed.analyst();

		HttpResponse<String> refused = analyst.post("/office/cases/" + caseId + "/assess", "outcome", "CSAM_A",
				"ageBand", "3-6", "sexes", "MALE", "siteType", "FORUM", "commercial", "", "notes", "Seen on page 2 <b>");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
		assertThat(refused.body()).contains("Say whether it is commercial.")
			.contains("<a href=\"#commercial\">Say whether it is commercial.</a>")
			.containsPattern("id=\"commercial\" name=\"commercial\" aria-describedby=\"commercial-error\" aria-invalid=\"true\"")
			.containsPattern("id=\"outcome-CSAM_A\" value=\"CSAM_A\" checked")
			.containsPattern("<option value=\"3-6\" selected")
			.containsPattern("id=\"sex-MALE\" value=\"MALE\" checked")
			.containsPattern("<option value=\"FORUM\" selected")
			.contains(">Seen on page 2 &lt;b&gt;</textarea>");
		assertThat(analyst.get("/office/cases/" + caseId).body()).as("kept only in that answer")
			.doesNotContain("Seen on page 2");
	}

	/** Every error at once, in the summary first inside the form, each linking to its field, which says it too. */
	@Test
	void aRefusedAssessmentShowsEveryErrorAtOnceBesideTheForm() throws Exception {
		ClaimedCase claimed = claimedByAwa("every-error");
		String caseId = claimed.caseId();

		HttpResponse<String> refused = claimed.analyst().post("/office/cases/" + caseId + "/assess", "outcome", "CSAM_A",
				"notes", "kept <i>notes</i>");

		assertThat(refused.statusCode()).isEqualTo(422);
		String body = refused.body();
		String summary = body.substring(body.indexOf("id=\"error-summary\""), body.indexOf("</ul>", body.indexOf("id=\"error-summary\"")));
		assertThat(summary).contains("<a href=\"#ageBand\">Choose the age band of the youngest child.</a>",
				"<a href=\"#sexes\">Choose the sex of the children shown.</a>",
				"<a href=\"#siteType\">Choose the type of site.</a>",
				"<a href=\"#commercial\">Say whether it is commercial.</a>");
		assertThat(body.indexOf("id=\"error-summary\"")).as("first inside the assessment form, beside its fields")
			.isGreaterThan(body.indexOf("id=\"assess\""))
			.isLessThan(body.indexOf("id=\"outcome\""));
		for (String field : List.of("ageBand", "sexes", "siteType", "commercial")) {
			assertThat(body).as(field).containsPattern("id=\"" + field + "\"[^>]*aria-invalid=\"true\"")
				.contains("id=\"" + field + "-error\"");
		}
		assertThat(body).doesNotContain("id=\"outcome-error\"", "id=\"notes-error\"")
			.containsPattern("id=\"outcome-CSAM_A\" value=\"CSAM_A\" checked")
			.contains(">kept &lt;i&gt;notes&lt;/i&gt;</textarea>");
	}

	/** A refusal of the workflow, not of a field, is in the same summary. */
	@Test
	void anAssessmentOfACaseSomeoneElseHoldsIsRefusedInTheSameSummary() throws Exception {
		ClaimedCase claimed = claimedByAwa("someone-else");
		OfficeHttp other = StaffSignIn.signedIn(port, Role.ANALYST, "Bintou Analyst", administration, enrolment, clock);
		other.get("/office/cases/" + claimed.caseId());

		HttpResponse<String> refused = other.post("/office/cases/" + claimed.caseId() + "/assess", "outcome", "NOT_ILLEGAL");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(refused.body()).contains("id=\"error-summary\"", "Claim the case before assessing it.");
	}

	@Test
	void aRefusedReassignmentIsShownBesideItsForm() throws Exception {
		ClaimedCase claimed = claimedByAwa("reassign");
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Seydou Supervisor", administration, enrolment, clock);
		supervisor.get("/office/cases/" + claimed.caseId());

		HttpResponse<String> refused = supervisor.post("/office/cases/" + claimed.caseId() + "/reassign", "to",
				UUID.randomUUID().toString());

		assertThat(refused.statusCode()).isEqualTo(422);
		String body = refused.body();
		assertThat(body.indexOf("id=\"error-summary\"")).isGreaterThan(body.indexOf("id=\"reassign\""));
		assertThat(body).contains("<a href=\"#to\">Choose an active analyst.</a>")
			.containsPattern("id=\"to\" name=\"to\" aria-describedby=\"to-error\" aria-invalid=\"true\"");
	}

	/** Save: the case page says what was saved and offers the next case; save and open next: the next case, claimed. */
	@Test
	void savingSaysWhatWasSavedAndSaveAndNextOpensTheNextCaseClaimed() throws Exception {
		ClaimedCase claimed = claimedByAwa("save");
		OfficeHttp analyst = claimed.analyst();
		String caseId = claimed.caseId();
		String reference = "C-" + caseId.substring(0, 8).toUpperCase(java.util.Locale.ROOT);

		HttpResponse<String> saved = analyst.post("/office/cases/" + caseId + "/assess", "outcome", "NOT_ILLEGAL", "then", "save");
		assertThat(saved.headers().firstValue("Location")).get().asString().endsWith("/office/cases/" + caseId);
		String page = analyst.follow(saved).body();
		assertThat(page).contains("class=\"banner success\" id=\"saved\"",
				"Case " + reference + ": Not illegal. The case is now: Closed.", "action=\"/office/queue/next\"");

		String next = "https://example.com/next/" + UUID.randomUUID();
		new PortalHttpAccess(port).report(next);
		String nextId = awaitCase(next);
		String third = claimedBy(analyst, "save-next");
		HttpResponse<String> savedAndNext = analyst.post("/office/cases/" + third + "/assess", "outcome", "NOT_ILLEGAL",
				"then", "next");
		String opened = savedAndNext.headers().firstValue("Location").orElseThrow();
		assertThat(opened).matches(".*/office/cases/[0-9a-f-]{36}").doesNotEndWith(third);
		CaseId openedId = new CaseId(UUID.fromString(opened.substring(opened.lastIndexOf('/') + 1)));
		assertThat(cases.find(openedId).orElseThrow().holder(clock.instant())).isNotNull()
			.extracting(org.openhotline.triage.StaffRef::name).isEqualTo("Awa Analyst");
		String nextPage = analyst.follow(savedAndNext).body();
		String thirdReference = "C-" + third.substring(0, 8).toUpperCase(java.util.Locale.ROOT);
		assertThat(nextPage).as("the banner tells of the case just saved, with a way back to it")
			.contains("Case " + thirdReference + ": Not illegal.", "href=\"/office/cases/" + third + "\"")
			.contains("id=\"save-next\"");
		assertThat(nextId).isNotNull();
	}

	@Test
	void claimNextWithNothingToClaimSaysSoInTheQueue() throws Exception {
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Awa Analyst", administration, enrolment, clock);
		// a filter no case matches (a portal that reports nothing): other tests' cases stay as they are
		analyst.get("/office/queue?portal=zz-no-reports");
		HttpResponse<String> claimed = analyst.post("/office/queue/next");
		String last = claimedBy(analyst, "last-one");
		assertThat(claimed.headers().firstValue("Location")).get().asString().endsWith("/office/queue");
		assertThat(analyst.follow(claimed).body()).contains("id=\"case-notice\"", "Nothing to claim with your filters.");

		analyst.get("/office/cases/" + last);
		HttpResponse<String> savedAndNone = analyst.post("/office/cases/" + last + "/assess", "outcome", "NOT_ILLEGAL",
				"then", "next");
		assertThat(savedAndNone.headers().firstValue("Location")).get().asString().endsWith("/office/queue");
		assertThat(analyst.follow(savedAndNone).body()).as("save and open next, with nothing next: the queue says both")
			.contains("id=\"saved\"", "The case is now: Closed.", "href=\"/office/cases/" + last + "\"",
					"Nothing to claim with your filters.");
	}

	@Test
	void theHolderGivesTheCaseBackToTheQueue() throws Exception {
		ClaimedCase claimed = claimedByAwa("release");
		OfficeHttp analyst = claimed.analyst();
		assertThat(analyst.get("/office/cases/" + claimed.caseId()).body()).contains("id=\"release\"");

		String page = analyst.follow(analyst.post("/office/cases/" + claimed.caseId() + "/release")).body();

		assertThat(page).contains("You gave the case back: it went back to the queue.").doesNotContain("id=\"release\"");
		assertThat(OfficeHttp.text(page, "case-status")).isEqualTo("New");
		assertThat(cases.find(new CaseId(UUID.fromString(claimed.caseId()))).orElseThrow().claimedBy()).isNull();
	}

	/** The page names the case, sums it up, and lists its steps, linking to each step's page, shared with those pages. */
	@Test
	void aCaseIsOnePlace() throws Exception {
		ClaimedCase claimed = claimedByAwa("one-place");
		OfficeHttp analyst = claimed.analyst();
		String caseId = claimed.caseId();
		String reference = "C-" + caseId.substring(0, 8).toUpperCase(java.util.Locale.ROOT);

		String page = analyst.get("/office/cases/" + caseId).body();
		assertThat(page).containsPattern("<title>Case " + reference + ": example.com/one-place/[^<]*</title>")
			.containsPattern("<h1 id=\"case-heading\"><span class=\"case-reference\">Case " + reference + "</span>")
			.contains("<dl class=\"summary-list\" id=\"case-summary\">", "id=\"case-sources\"><span class=\"source\" dir=\"ltr\">ml</span><")
			.containsPattern("href=\"/office/cases/" + caseId + "\"\\s+aria-current=\"page\"");
		assertThat(OfficeHttp.text(page, "case-status")).isEqualTo("Claimed");
		for (String step : List.of("assess", "trace", "notify", "check", "removed", "url_list")) {
			assertThat(page).contains("id=\"step-" + step + "\"");
		}
		assertThat(page).contains("href=\"/office/cases/" + caseId + "/hosting\"", "href=\"/office/cases/" + caseId + "/actions\"",
				"href=\"/office/cases/" + caseId + "/url-list\"");
		for (String sub : List.of("/hosting", "/actions", "/url-list")) {
			String subPage = analyst.get("/office/cases/" + caseId + sub).body();
			assertThat(subPage).as(sub).contains("id=\"case-steps\"", "id=\"case-caption\"", "Case " + reference)
				.containsPattern("href=\"/office/cases/" + caseId + sub + "\"\\s+aria-current=\"page\"")
				.doesNotContain("Back to the case");
		}
	}

	@Test
	void aRefusedAssessmentComesBackAsAMessage() throws Exception {
		ClaimedCase claimed = claimedByAwa("refused");
		String caseId = claimed.caseId();
		OfficeHttp analyst = claimed.analyst();

		HttpResponse<String> refused = analyst.post("/office/cases/" + caseId + "/assess", "outcome", "CSAM_A");

		assertThat(refused.body()).contains("Choose the age band of the youngest child.");
	}

	@Test
	void onlySupervisorsReadContactDetailsAndEachReadingIsAudited() throws Exception {
		String address = "https://example.com/contact/" + UUID.randomUUID();
		String email = "reporter-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		new org.openhotline.portal.web.PortalHttpAccess(port).report(address, email);
		String caseId = awaitCase(address);
		UUID report = cases.reports(new org.openhotline.triage.CaseId(UUID.fromString(caseId)), 0, 1).get(0).reportId();
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

	/** One URL reported 120 times: the page shows 20 at a time, with the total and links, and the contact reveal works on any page. */
	@Test
	void aCaseWithManyReportsShowsThemAPageAtATime() throws Exception {
		String address = "https://example.com/flood/" + UUID.randomUUID();
		CanonicalUrl url = ((CanonicalizationResult.Accepted) canonicalizer.canonicalize(address)).url();
		for (int i = 0; i < 120; i++) {
			String form = formTokens.verify(formTokens.issue("ml", "fr"), "ml", "fr").valid().orElseThrow().id();
			intake.submit(new SubmitReport(form, "ml", "fr", List.of(url), ContentSeen.IMAGES, FoundWhere.WEBSITE,
					"report " + i, i == 119 ? new ContactDetails("last@example.com") : null));
		}
		CaseId id = new CaseId(UUID.fromString(awaitCase(address)));
		for (int i = 0; i < 200 && cases.find(id).orElseThrow().reportCount() < 120; i++) {
			Thread.sleep(100);
		}
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Seydou Supervisor", administration, enrolment, clock);
		String path = "/office/cases/" + id.value();

		String first = supervisor.get(path).body();
		assertThat(rows(first)).isEqualTo(20);
		assertThat(first).contains("Reports (120)", "Reports 1 to 20 of 120", "href=\"" + path + "?reports-page=2\"",
				">report 0<", ">report 19<").doesNotContain(">report 20<", "reports-previous");
		String last = supervisor.get(path + "?reports-page=6").body();
		assertThat(rows(last)).isEqualTo(20);
		assertThat(last).contains("Reports 101 to 120 of 120", "href=\"" + path + "?reports-page=5\"", ">report 119<")
			.doesNotContain("reports-next", ">report 99<");
		assertThat(supervisor.get(path + "?reports-page=99").body()).contains("Reports 101 to 120 of 120");
		assertThat(cases.reports(id, 5, 20)).hasSize(20).doesNotContainAnyElementsOf(cases.reports(id, 4, 20));

		UUID lastReport = cases.reports(id, 119, 1).get(0).reportId();
		HttpResponse<String> shown = supervisor.post(path + "/reports/" + lastReport + "/contact", "reports-page", "6");
		assertThat(OfficeHttp.text(shown.body(), "contact")).isEqualTo("last@example.com");
		assertThat(shown.body()).as("the page of reports the contact was asked from").contains("Reports 101 to 120 of 120");
	}

	/** A re-trace only for a case whose final assessment calls for action; else a message, and nothing is traced. */
	@Test
	void onlyACaseAssessedAsCallingForActionIsTracedAgain() throws Exception {
		String open = "https://example.com/retrace-open/" + UUID.randomUUID();
		String closed = "https://example.com/retrace-closed/" + UUID.randomUUID();
		String actionable = "https://example.com/retrace-action/" + UUID.randomUUID();
		PortalHttpAccess portal = new PortalHttpAccess(port);
		portal.report(open);
		portal.report(closed);
		portal.report(actionable);
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Awa Analyst", administration, enrolment, clock);
		String openId = awaitCase(open);
		String closedId = awaitCase(closed);
		String actionableId = awaitCase(actionable);
		analyst.get("/office/cases/" + closedId);
		analyst.post("/office/cases/" + closedId + "/claim");
		analyst.post("/office/cases/" + closedId + "/assess", "outcome", "NOT_ILLEGAL");
		analyst.post("/office/cases/" + actionableId + "/claim");
		analyst.post("/office/cases/" + actionableId + "/assess", "outcome", "CSAM_B", "ageBand", "11-13", "sexes",
				"FEMALE", "siteType", "IMAGE_HOST", "commercial", "false", "notes", "");
		assertThat(cases.find(new CaseId(UUID.fromString(closedId))).orElseThrow().status().name()).isEqualTo("CLOSED");

		for (String refused : List.of(openId, closedId)) {
			analyst.get("/office/cases/" + refused + "/hosting");
			HttpResponse<String> page = analyst.follow(analyst.post("/office/cases/" + refused + "/trace"));
			assertThat(page.body()).contains("Only a case assessed as calling for action is traced again.");
			assertThat(traces.of(UUID.fromString(refused))).isEmpty();
		}
		analyst.get("/office/cases/" + actionableId + "/hosting");
		assertThat(analyst.follow(analyst.post("/office/cases/" + actionableId + "/trace")).body()).contains("Traced.");
		assertThat(traces.of(UUID.fromString(actionableId))).isPresent();
	}

	private static int rows(String html) {
		return html.split("<td dir=\"ltr\">ml / fr</td>", -1).length - 1;
	}

	private String awaitCase(String address) throws InterruptedException {
		return org.openhotline.triage.CaseArrival.awaitCase(cases, address, clock);
	}

	/** A case of a newly reported address, claimed by the analyst Awa, whose session is returned. */
	private ClaimedCase claimedByAwa(String path) throws Exception {
		String address = "https://example.com/" + path + "/" + UUID.randomUUID();
		new org.openhotline.portal.web.PortalHttpAccess(port).report(address);
		String caseId = awaitCase(address);
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Awa Analyst", administration, enrolment, clock);
		analyst.get("/office/cases/" + caseId);
		analyst.post("/office/cases/" + caseId + "/claim");
		return new ClaimedCase(caseId, analyst);
	}

	/** A case of a newly reported address, claimed by the analyst of this session. */
	private String claimedBy(OfficeHttp analyst, String path) throws Exception {
		String address = "https://example.com/" + path + "/" + UUID.randomUUID();
		new PortalHttpAccess(port).report(address);
		String caseId = awaitCase(address);
		analyst.get("/office/cases/" + caseId);
		analyst.post("/office/cases/" + caseId + "/claim");
		return caseId;
	}

	private record ClaimedCase(String caseId, OfficeHttp analyst) {
	}
}
