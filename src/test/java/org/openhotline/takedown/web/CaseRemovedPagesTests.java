package org.openhotline.takedown.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.tracing.HostingFixtures;
import org.openhotline.tracing.HostingTraces;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseQueries;
import org.openhotline.triage.QueueFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case is one place: its steps (assess, trace, notify, check, removed, URL list) on the case
 * page and each of its other pages, as the modules that own them report them; once the removal
 * is confirmed, every page of the case says so, and the case is nowhere open.
 */
class CaseRemovedPagesTests extends HostingFixtures {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	CaseQueries cases;

	@Autowired
	HostingTraces traces;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theStepsOfACaseAndItsRemovalAreShownOnEveryPageOfTheCase() throws Exception {
		String address = "https://elsewhere.example/steps/" + UUID.randomUUID();
		new org.openhotline.portal.web.PortalHttpAccess(port).report(address);
		String caseId = org.openhotline.triage.CaseArrival.awaitCase(cases, address, CLOCK);
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Sira Supervisor", administration, enrolment, CLOCK);
		supervisor.get("/office/cases/" + caseId);
		supervisor.post("/office/cases/" + caseId + "/claim");
		supervisor.get("/office/cases/" + caseId);
		supervisor.post("/office/cases/" + caseId + "/assess", "outcome", "CSAM_B", "ageBand", "11-13", "sexes", "FEMALE",
				"siteType", "IMAGE_HOST", "commercial", "false", "notes", "");
		await().atMost(Duration.ofSeconds(20)).until(() -> traces.of(UUID.fromString(caseId)).isPresent());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !supervisor.get("/office/cases/" + caseId + "/actions").body().contains("id=\"not-ready\""));

		String before = supervisor.get("/office/cases/" + caseId).body();
		assertThat(step(before, "assess")).contains("Done", "<time");
		assertThat(step(before, "trace")).contains("Done", "<time");
		assertThat(step(before, "notify")).contains("Not started");
		assertThat(step(before, "removed")).contains("Not started");
		assertThat(step(before, "url_list")).contains("Done");
		assertThat(before).doesNotContain("id=\"case-removed\"");

		NoticeSteps.sendThroughCheck(supervisor, caseId, "HOST_NOTICE:host");
		String sent = supervisor.get("/office/cases/" + caseId + "/hosting").body();
		assertThat(step(sent, "notify")).contains("Done");
		assertThat(step(sent, "removed")).contains("In progress");
		NoticeSteps.removeThroughCheck(supervisor, caseId, "");

		for (String page : List.of("", "/hosting", "/actions", "/url-list")) {
			String body = supervisor.get("/office/cases/" + caseId + page).body();
			assertThat(body).as(page).containsPattern(
					"id=\"case-removed\" role=\"status\">\\s*<p><strong>Removed, confirmed</strong>\\s*<time datetime=\"[^\"]+Z\"[^>]*>[^<]+</time>\\s*<span>by supervisor-[0-9a-f]{8}</span>");
			assertThat(step(body, "removed")).as(page).contains("Done");
		}
		assertThat(OfficeHttp.text(supervisor.get("/office/cases/" + caseId).body(), "case-status")).isEqualTo("Removed");
		assertThat(cases.find(new CaseId(UUID.fromString(caseId))).orElseThrow().status().isOpen()).isFalse();
		assertThat(cases.queue(QueueFilter.EVERYTHING, UUID.randomUUID(), CLOCK.instant(), 0, 500))
			.noneMatch(line -> line.kase().id().value().toString().equals(caseId));
	}

	private static String step(String page, String step) {
		int at = page.indexOf("id=\"step-" + step + "\"");
		assertThat(at).as("step " + step).isPositive();
		return page.substring(at, page.indexOf("</li>", at));
	}
}
