package org.openhotline.takedown.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.tracing.HostingFixtures;
import org.openhotline.tracing.HostingTraces;
import org.openhotline.triage.CaseQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The hosting, actions, partner and figures pages over real HTTP, errors included. */
class TakedownPagesTests extends HostingFixtures {

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
	void anAdministratorKeepsThePartnerDirectory() {
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Adama Admin", administration, enrolment, CLOCK);
		assertThat(admin.get("/office/admin/partners").body()).contains("Example hotline, France", "example entry: replace it");
		String name = "Hotline " + UUID.randomUUID().toString().substring(0, 6);

		HttpResponse<String> refused = admin.post("/office/admin/partners", "kind", "HOTLINE", "name", name,
				"country", "SN", "email", "not an address", "languages", "fr, wo", "channel", "EMAIL", "note", "");
		assertThat(refused.body()).contains("Enter one email address", "value=\"" + name + "\"", "id=\"email-error\"");

		HttpResponse<String> added = admin.follow(admin.post("/office/admin/partners", "kind", "HOTLINE", "name", name,
				"country", "sn", "email", "reports@hotline-sn.example", "languages", "fr, wo", "channel", "EMAIL", "note", ""));
		assertThat(added.body()).contains("Partner added.", name, "reports@hotline-sn.example");
		UUID id = jdbc.sql("SELECT id FROM partner_contact WHERE name = ?").param(name).query(UUID.class).single();
		assertThat(jdbc.sql("SELECT country FROM partner_contact WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("SN");

		admin.get("/office/admin/partners/" + id);
		HttpResponse<String> retired = admin.follow(admin.post("/office/admin/partners/" + id, "version", "0", "kind",
				"HOTLINE", "name", name, "country", "SN", "email", "reports@hotline-sn.example", "languages", "fr",
				"channel", "WEB_FORM", "note", "moved", "_active", "on"));
		assertThat(retired.body()).contains("Partner saved.", "Retired");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target = ? AND action IN ('PARTNER_ADDED', 'PARTNER_CHANGED')")
			.param(id.toString()).query(Integer.class).single()).isEqualTo(2);

		// a stale form is refused, not saved over the newer version
		admin.get("/office/admin/partners/" + id);
		HttpResponse<String> stale = admin.follow(admin.post("/office/admin/partners/" + id, "version", "0", "kind",
				"HOTLINE", "name", name, "country", "SN", "email", "reports@hotline-sn.example", "languages", "fr",
				"channel", "EMAIL", "note", "", "active", "true", "_active", "on"));
		assertThat(stale.body()).contains("Someone changed this partner meanwhile.");
	}

	@Test
	void anAnalystCorrectsTheTraceSendsTheProposalAndFindsItOnTheList() throws Exception {
		String address = "https://elsewhere.example/pages/" + UUID.randomUUID();
		new org.openhotline.portal.web.PortalHttpAccess(port).report(address);
		String caseId = awaitCase(address);
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Sira Supervisor", administration, enrolment, CLOCK);
		analyst.get("/office/cases/" + caseId);
		assertThat(analyst.get("/office/cases/" + caseId + "/actions").body()).contains("This case has no trace yet");
		analyst.post("/office/cases/" + caseId + "/claim");
		analyst.get("/office/cases/" + caseId);
		analyst.post("/office/cases/" + caseId + "/assess", "outcome", "CSAM_B", "ageBand", "11-13", "sexes", "FEMALE",
				"siteType", "IMAGE_HOST", "commercial", "false", "notes", "");
		await().atMost(Duration.ofSeconds(20)).until(() -> traces.of(UUID.fromString(caseId)).isPresent());

		HttpResponse<String> hosting = analyst.get("/office/cases/" + caseId + "/hosting");
		assertThat(OfficeHttp.text(hosting.body(), "trace-country")).isEqualTo("DE");
		assertThat(hosting.body()).contains("abuse@hosting-de.example", "Test ranges (iptoasn.com layout)")
			.doesNotContain("href=\"" + address);
		HttpResponse<String> refused = analyst.post("/office/cases/" + caseId + "/hosting/correct",
				"version", "0", "country", "DE", "asn", "AS64504", "hostContactEmail", "abuse@hosting-de.example\r\nBcc: x@example.org");
		assertThat(refused.body()).contains("Enter one email address", "id=\"hostContactEmail-error\"");
		HttpResponse<String> corrected = analyst.follow(analyst.post("/office/cases/" + caseId + "/hosting/correct",
				"version", "0", "country", "DE", "asn", "AS64504", "networkName", "EXAMPLE-HOSTING-DE", "hostContactName",
				"Hosting DE", "hostContactEmail", "legal@hosting-de.example", "upstreamContactEmail", "noc@transit-de.example"));
		assertThat(corrected.body()).contains("Correction saved.", "legal@hosting-de.example");
		assertThat(OfficeHttp.text(corrected.body(), "trace-corrected")).startsWith("hostContactEmail");

		HttpResponse<String> actions = analyst.get("/office/cases/" + caseId + "/actions");
		assertThat(actions.body()).contains("Notice to the host", "legal@hosting-de.example",
				"referrals@international-police.example");
		assertThat(actions.body()).as("after a removal, the entry's page says it went off the list")
			.contains("href=\"/office/cases/" + caseId + "/url-list\"");
		HttpResponse<String> sent = analyst.follow(analyst.post("/office/cases/" + caseId + "/actions/send", "chosen",
				"HOST_NOTICE:host"));
		assertThat(sent.body()).contains("Sent to the outbox.", "TD-");
		HttpResponse<String> again = analyst.follow(analyst.post("/office/cases/" + caseId + "/actions/send", "chosen",
				"HOST_NOTICE:host"));
		assertThat(again.body()).contains("already sent");
		HttpResponse<String> badTime = analyst.follow(analyst.post("/office/cases/" + caseId + "/actions/check", "at", "yesterday"));
		assertThat(badTime.body()).contains("Enter the time as year-month-day hours:minutes:seconds", "id=\"check-at-error\"",
				"value=\"yesterday\"");

		assertThat(analyst.get("/office/takedown").body()).contains(address);
		assertThat(analyst.follow(analyst.post("/office/cases/" + caseId + "/actions/removed", "at", "")).body())
			.contains("Removal recorded.");
		assertThat(analyst.get("/office/takedown").body()).doesNotContain(address);
		assertThat(analyst.get("/office/takedown/figures").body()).contains("AS64504", "Removal figures");
	}

	@Test
	void aRemovalTimeIsToTheSecondAndNeverBeforeTheFirstReportOrTheFirstNotice() throws Exception {
		String caseId = assessedCase("https://elsewhere.example/removal/" + UUID.randomUUID());
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Ama Analyst", administration, enrolment, CLOCK);
		// the first report and the first notice, kept finer than the second as the app keeps them
		Instant firstReport = CLOCK.instant().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS).plusMillis(500);
		Instant firstNotice = firstReport.plus(Duration.ofHours(2));
		jdbc.sql("UPDATE takedown_case SET first_reported_at = :report, first_notice_at = :notice WHERE case_id = :id")
			.param("report", Timestamp.from(firstReport))
			.param("notice", Timestamp.from(firstNotice))
			.param("id", UUID.fromString(caseId))
			.update();

		String page = analyst.get("/office/cases/" + caseId + "/actions").body();
		assertThat(page).containsPattern(
				"<input type=\"datetime-local\" step=\"1\" id=\"removed-at\" name=\"at\" value=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\"");

		String beforeReport = field(firstReport.minusSeconds(1));
		HttpResponse<String> early = analyst.follow(analyst.post("/office/cases/" + caseId + "/actions/removed", "at", beforeReport));
		assertThat(early.body()).contains("id=\"removed-at-error\"", "first reported at " + moment(firstReport), "value=\"" + beforeReport + "\"",
				"aria-describedby=\"removed-at-error\"").doesNotContain("id=\"removed\"");

		String beforeNotice = field(firstNotice.minusSeconds(1));
		HttpResponse<String> beforeTheNotice = analyst.follow(analyst.post("/office/cases/" + caseId + "/actions/removed", "at", beforeNotice));
		assertThat(beforeTheNotice.body()).contains("id=\"removed-at-error\"", "first notice was sent at " + moment(firstNotice),
				"value=\"" + beforeNotice + "\"").doesNotContain("id=\"removed\"");
		assertThat(jdbc.sql("SELECT removed_at FROM takedown_case WHERE case_id = :id").param("id", UUID.fromString(caseId))
			.query(Timestamp.class).optional()).isEmpty();

		// the first notice's own second, as the form can give it: accepted, never before the notice
		HttpResponse<String> removed = analyst.follow(analyst.post("/office/cases/" + caseId + "/actions/removed", "at",
				field(firstNotice.truncatedTo(ChronoUnit.SECONDS))));
		assertThat(removed.body()).contains("Removal recorded.", "id=\"removed\"");
		Instant removedAt = jdbc.sql("SELECT removed_at FROM takedown_case WHERE case_id = :id")
			.param("id", UUID.fromString(caseId)).query(Timestamp.class).single().toInstant();
		assertThat(removedAt).isAfterOrEqualTo(firstNotice).isBefore(firstNotice.plusSeconds(1));
	}

	@Test
	void theTakedownListLinksTheFiguresOnlyForThoseWhoMayReadThem() {
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Awa Analyst", administration, enrolment, CLOCK);
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Seydou Supervisor", administration, enrolment, CLOCK);

		assertThat(analyst.get("/office/takedown/figures").statusCode()).isEqualTo(403);
		assertThat(analyst.get("/office/takedown").body()).doesNotContain("href=\"/office/takedown/figures\"");
		assertThat(supervisor.get("/office/takedown").body()).contains("href=\"/office/takedown/figures\"");
	}

	@Test
	void everyFiguresHeadingSaysWhatItsColumnHolds() {
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Sami Supervisor", administration, enrolment, CLOCK);
		Pattern table = Pattern.compile("(?s)<table id=\"figures-(\\w+)\">.*?</thead>");
		Pattern heading = Pattern.compile("<th scope=\"col\">([^<]*)</th>");
		for (String language : List.of("en", "fr", "ar")) {
			String page = supervisor.get("/office/takedown/figures", language).body();
			assertThat(page).contains("lang=\"" + language + "\"");
			Matcher tables = table.matcher(page);
			int count = 0;
			while (tables.find()) {
				count++;
				List<String> headings = new ArrayList<>();
				Matcher h = heading.matcher(tables.group());
				while (h.find()) {
					headings.add(h.group(1).strip());
				}
				assertThat(headings).as("%s headings of %s", language, tables.group(1)).hasSize(9).doesNotHaveDuplicates()
					.allSatisfy(text -> assertThat(text).isNotBlank());
				if (language.equals("en") && tables.group(1).equals("all")) {
					assertThat(headings).containsExactly("Which cases", "Number of cases", "Number removed",
							"Median hours to assessment", "Median hours to first notice", "Median hours to removal",
							"Share removed within 24 h", "Share removed within 72 h", "Share removed within 7 days");
				}
			}
			assertThat(count).as("tables in %s", language).isEqualTo(3);
		}
	}

	private static String field(Instant instant) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC).format(instant);
	}

	private static String moment(Instant instant) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC).format(instant);
	}

	/** A reported case, assessed as needing action, traced, and its host notified. */
	private String assessedCase(String address) throws Exception {
		new org.openhotline.portal.web.PortalHttpAccess(port).report(address);
		String caseId = awaitCase(address);
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Sora Supervisor", administration, enrolment, CLOCK);
		supervisor.get("/office/cases/" + caseId);
		supervisor.post("/office/cases/" + caseId + "/claim");
		supervisor.get("/office/cases/" + caseId);
		supervisor.post("/office/cases/" + caseId + "/assess", "outcome", "CSAM_B", "ageBand", "11-13", "sexes", "FEMALE",
				"siteType", "IMAGE_HOST", "commercial", "false", "notes", "");
		await().atMost(Duration.ofSeconds(20)).until(() -> traces.of(UUID.fromString(caseId)).isPresent());
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM takedown_case WHERE case_id = :id")
			.param("id", UUID.fromString(caseId)).query(Integer.class).single() == 1);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !supervisor.get("/office/cases/" + caseId + "/actions").body().contains("id=\"not-ready\""));
		assertThat(supervisor.follow(supervisor.post("/office/cases/" + caseId + "/actions/send", "chosen", "HOST_NOTICE:host"))
			.body()).contains("Sent to the outbox.");
		return caseId;
	}

	private String awaitCase(String address) throws InterruptedException {
		return org.openhotline.triage.CaseArrival.awaitCase(cases, address, CLOCK);
	}
}
