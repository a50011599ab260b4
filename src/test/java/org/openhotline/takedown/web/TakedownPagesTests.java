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
import org.openhotline.takedown.Channel;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.takedown.PartnerDetails;
import org.openhotline.takedown.PartnerDirectory;
import org.openhotline.takedown.PartnerExchange;
import org.openhotline.takedown.PartnerKind;
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
		assertThat(admin.get("/office/admin/partners").body()).contains("Example hotline, France",
				"<strong class=\"tag orange example\">Example — replace with a real contact</strong>");
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
		HttpResponse<String> sent = NoticeSteps.sendThroughCheck(analyst, caseId, "HOST_NOTICE:host");
		assertThat(sent.body()).contains("Sent to the outbox.", "TD-");
		HttpResponse<String> again = NoticeSteps.review(analyst, caseId, "HOST_NOTICE:host");
		assertThat(again.statusCode()).isEqualTo(422);
		assertThat(again.body()).contains("Already sent");
		HttpResponse<String> badTime = analyst.post("/office/cases/" + caseId + "/actions/check", "at", "yesterday",
				"state", "online");
		assertThat(badTime.statusCode()).isEqualTo(422);
		assertThat(badTime.body()).contains("Enter the time as year-month-day hours:minutes:seconds", "id=\"at-error\"",
				"value=\"yesterday\"");

		assertThat(analyst.get("/office/takedown").body()).contains(address);
		assertThat(NoticeSteps.removeThroughCheck(analyst, caseId, "").body()).contains("Removal recorded.");
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
				"<input type=\"datetime-local\" step=\"1\" id=\"at\" name=\"at\" value=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\"");

		String beforeReport = field(firstReport.minusSeconds(1));
		HttpResponse<String> early = analyst.post("/office/cases/" + caseId + "/actions/check", "state", "removed", "at", beforeReport);
		assertThat(early.statusCode()).isEqualTo(422);
		assertThat(early.body()).contains("id=\"at-error\"", "first reported at " + moment(firstReport), "value=\"" + beforeReport + "\"",
				"aria-describedby=\"at-hint at-error\"").doesNotContain("id=\"removed\"");

		String beforeNotice = field(firstNotice.minusSeconds(1));
		HttpResponse<String> beforeTheNotice = analyst.post("/office/cases/" + caseId + "/actions/removed", "at", beforeNotice,
				"confirm", "yes");
		assertThat(beforeTheNotice.statusCode()).isEqualTo(422);
		assertThat(beforeTheNotice.body()).contains("id=\"at-error\"", "first notice was sent at " + moment(firstNotice),
				"value=\"" + beforeNotice + "\"").doesNotContain("id=\"removed\"");
		assertThat(jdbc.sql("SELECT removed_at FROM takedown_case WHERE case_id = :id").param("id", UUID.fromString(caseId))
			.query(Timestamp.class).optional()).isEmpty();

		// the first notice's own second, as the form can give it: accepted, never before the notice
		HttpResponse<String> removed = NoticeSteps.removeThroughCheck(analyst, caseId, field(firstNotice.truncatedTo(ChronoUnit.SECONDS)));
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
	void everyFiguresHeadingSaysWhatItsColumnHolds() throws Exception {
		assessedCase("https://elsewhere.example/headings/" + UUID.randomUUID());
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

	private static final String POLICE = "POLICE_REFERRAL:00000000-0000-4000-8000-000000000004";

	@Test
	void whatWasSentIsShownAsSentWithItsTimeAndNeverOfferedAgain() throws Exception {
		String caseId = assessedCase("https://elsewhere.example/sent/" + UUID.randomUUID());
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Sena Analyst", administration, enrolment, CLOCK);

		String page = analyst.get("/office/cases/" + caseId + "/actions").body();
		assertThat(page).as("the host notice is no longer a choice").doesNotContain("value=\"HOST_NOTICE:host\"")
			.containsPattern("(?s)<p class=\"sent\" id=\"proposal-0\">\\s*<strong class=\"tag green\">Sent</strong>.*?abuse@hosting-de\\.example.*?<time datetime=\"[^\"]+Z\"\\s+title=\"[^\"]+ UTC\">")
			.as("the police referral still is, ticked").containsPattern("name=\"chosen\" id=\"proposal-1\" value=\"" + POLICE + "\"\\s+checked");

		// a form from before (another tab, the back button) chooses it again: refused, nothing sent
		HttpResponse<String> review = NoticeSteps.review(analyst, caseId, "HOST_NOTICE:host", POLICE);
		assertThat(review.statusCode()).isEqualTo(422);
		assertThat(review.body()).contains("id=\"error-summary\"", "Already sent: nothing was sent again.");
		HttpResponse<String> stale = NoticeSteps.send(analyst, caseId, "0".repeat(64), "HOST_NOTICE:host");
		assertThat(stale.statusCode()).isEqualTo(422);
		assertThat(stale.body()).contains("Already sent");
		assertThat(actions(caseId)).isEqualTo(1);
		assertThat(mails(caseId)).isEqualTo(1);
	}

	@Test
	void twoPostsOfOneCheckPageAtOnceQueueEachNoticeOnce() throws Exception {
		String caseId = readyCase("https://elsewhere.example/twice/" + UUID.randomUUID());
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Tia Analyst", administration, enrolment, CLOCK);
		String shown = NoticeSteps.shown(NoticeSteps.review(analyst, caseId, "HOST_NOTICE:host", POLICE));

		// a double click, or the same page in several tabs: posts at the same moment
		int posts = 4;
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(posts);
		try {
			List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < posts; i++) {
				answers.add(two.submit(() -> {
					start.await();
					return NoticeSteps.send(analyst, caseId, shown, "HOST_NOTICE:host", POLICE).statusCode();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (var answer : answers) {
				statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(statuses).containsOnlyOnce(302).containsOnly(302, 422);
		}
		finally {
			two.shutdownNow();
		}
		assertThat(actions(caseId)).isEqualTo(2);
		assertThat(mails(caseId)).as("one mail to the host, one to the police").isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'NOTICE_SENT' AND target = ?").param(caseId)
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void onlyThePostOfTheCheckPageSendsAndOnlyWhatItShowed() throws Exception {
		String caseId = readyCase("https://elsewhere.example/check/" + UUID.randomUUID());
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Ugo Analyst", administration, enrolment, CLOCK);
		analyst.get("/office/cases/" + caseId + "/actions");

		HttpResponse<String> direct = analyst.post("/office/cases/" + caseId + "/actions/send", "chosen", "HOST_NOTICE:host");
		assertThat(direct.statusCode()).as("no confirmation: the check page, nothing sent").isEqualTo(200);
		assertThat(direct.body()).contains("id=\"confirm-send\"", "Check before sending");
		assertThat(actions(caseId)).isZero();

		HttpResponse<String> check = NoticeSteps.review(analyst, caseId, "HOST_NOTICE:host", POLICE);
		assertThat(check.body()).contains("id=\"to-send\"", "Notice to the host", "abuse@hosting-de.example",
				"Referral to law enforcement", "Example international law-enforcement contact",
				"referrals@international-police.example", "<td dir=\"ltr\">en</td>", "id=\"example-warning\"",
				"name=\"chosen\" value=\"HOST_NOTICE:host\"", "name=\"_csrf\"",
				"href=\"/office/cases/" + caseId + "/actions?chosen=HOST_NOTICE:host&amp;chosen=" + POLICE + "#send\"");
		String shown = NoticeSteps.shown(check);
		assertThat(NoticeSteps.review(analyst, caseId, "HOST_NOTICE:host").body()).as("the host alone: no example")
			.doesNotContain("id=\"example-warning\"");

		// the form altered (one more recipient than the page showed): refused, shown again as it would be
		HttpResponse<String> altered = NoticeSteps.send(analyst, caseId, NoticeSteps.shown(
				NoticeSteps.review(analyst, caseId, "HOST_NOTICE:host")), "HOST_NOTICE:host", POLICE);
		assertThat(altered.statusCode()).isEqualTo(422);
		assertThat(altered.body()).contains("changed since you checked it", "id=\"confirm-send\"");
		assertThat(actions(caseId)).isZero();

		HttpResponse<String> sent = NoticeSteps.send(analyst, caseId, shown, "HOST_NOTICE:host", POLICE);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(actions(caseId)).isEqualTo(2);

		// nothing proposed left to choose (the other partners stay on offer)
		assertThat(analyst.get("/office/cases/" + caseId + "/actions").body()).contains("id=\"alternative-0\"")
			.doesNotContain("name=\"chosen\" id=\"proposal-");
	}

	@Test
	void exampleContactsAreFlaggedWhereverTheyAreProposed() throws Exception {
		String caseId = readyCase("https://elsewhere.example/example/" + UUID.randomUUID());
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Vera Analyst", administration, enrolment, CLOCK);

		String page = analyst.get("/office/cases/" + caseId + "/actions").body();
		assertThat(page).containsPattern("(?s)<label for=\"proposal-1\">.*?Example international law-enforcement contact.*?"
				+ "<strong class=\"tag orange example\">Example — replace with a real contact</strong>\\s*</label>");
		assertThat(page).containsPattern("(?s)<label for=\"alternative-\\d\">.*?Example hotline, France.*?"
				+ "<strong class=\"tag orange example\">Example");
		assertThat(page).doesNotContainPattern("(?s)<label for=\"proposal-0\">[^/]*?tag orange example");
	}

	@Autowired
	PartnerDirectory partners;

	/** The analyst sees that such a referral leaves as a signed document, not as a mail to the address listed. */
	@Test
	void aReferralToAPartnerWithAnExchangeEndpointSaysItGoesByTheExchangeNotByEmail() throws Exception {
		String name = "Exchanging hotline " + UUID.randomUUID();
		PartnerDetails details = new PartnerDetails(PartnerKind.HOTLINE, name, "NR", "referrals@hotline-nr.example",
				List.of("en"), Channel.EMAIL, "", new PartnerExchange("https://hotline-nr.example/api/v1/exchange/referrals",
						null, null));
		PartnerContact partner = partners.add(details, "test");
		try {
			String caseId = readyCase("https://elsewhere.example/by-exchange/" + UUID.randomUUID());
			OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Ines Analyst", administration, enrolment, CLOCK);

			assertThat(analyst.get("/office/cases/" + caseId + "/actions").body()).containsPattern("(?s)<label for=\"alternative-\\d+\">[^<]*"
					+ "<span>[^<]*</span>:\\s*<span dir=\"ltr\">" + name + " referrals@hotline-nr.example</span>\\s*"
					+ "<strong class=\"tag blue\">by the hotline exchange</strong>");
			HttpResponse<String> check = NoticeSteps.review(analyst, caseId, "HOTLINE_REFERRAL:" + partner.id());
			assertThat(check.statusCode()).isEqualTo(200);
			assertThat(check.body()).contains(name, "By the hotline exchange: a signed document to its endpoint, no e-mail")
				.doesNotContain("referrals@hotline-nr.example");
		}
		finally {
			partners.update(partner.id(), details, false, partner.version(), "test");
		}
	}

	@Test
	void theOneCheckFormShowsEveryErrorAtOnceKeepsWhatWasTypedAndLeadsARemovalToItsCheckPage() throws Exception {
		String caseId = assessedCase("https://elsewhere.example/one-form/" + UUID.randomUUID());
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Wil Analyst", administration, enrolment, CLOCK);
		String page = analyst.get("/office/cases/" + caseId + "/actions").body();
		assertThat(page).contains("id=\"check\"", "type=\"radio\" id=\"state\" name=\"state\" value=\"online\"",
				"id=\"state-removed\" name=\"state\" value=\"removed\"", "UTC, to the second")
			.doesNotContain("id=\"remove\"");

		HttpResponse<String> refused = analyst.post("/office/cases/" + caseId + "/actions/check", "at", "2026-13-45T99:00:00");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Cache-Control")).contains("no-store");
		String form = refused.body().substring(refused.body().indexOf("<form method=\"post\" id=\"check\""));
		assertThat(form).as("the summary is inside the check form").containsPattern(
				"(?s)^<form[^>]*>(<input type=\"hidden\"[^>]*>)?\\s*<div class=\"error-summary\".*?href=\"#at\".*?href=\"#state\"")
			.contains("value=\"2026-13-45T99:00:00\"", "aria-invalid=\"true\"", "id=\"state-error\"");

		HttpResponse<String> kept = analyst.post("/office/cases/" + caseId + "/actions/check", "at", "soon", "state", "removed");
		assertThat(kept.statusCode()).isEqualTo(422);
		assertThat(kept.body()).containsPattern("id=\"state-removed\" name=\"state\" value=\"removed\" checked");

		HttpResponse<String> check = analyst.post("/office/cases/" + caseId + "/actions/check", "state", "removed", "at", "");
		assertThat(check.statusCode()).isEqualTo(200);
		assertThat(check.body()).contains("id=\"confirm-removal\"", "Confirm removal", "name=\"confirm\" value=\"yes\"",
				"id=\"change\"");
		assertThat(jdbc.sql("SELECT count(*) FROM takedown_case WHERE case_id = :id AND removed_at IS NOT NULL")
			.param("id", UUID.fromString(caseId)).query(Integer.class).single()).as("not before it is confirmed").isZero();
		HttpResponse<String> unconfirmed = analyst.post("/office/cases/" + caseId + "/actions/removed", "at", "");
		assertThat(unconfirmed.body()).contains("id=\"confirm-removal\"");
		assertThat(jdbc.sql("SELECT count(*) FROM takedown_case WHERE case_id = :id AND removed_at IS NOT NULL")
			.param("id", UUID.fromString(caseId)).query(Integer.class).single()).isZero();

		HttpResponse<String> online = analyst.follow(analyst.post("/office/cases/" + caseId + "/actions/check", "state", "online", "at", ""));
		assertThat(online.body()).contains("Check recorded.", "id=\"last-checked\"");
		assertThat(NoticeSteps.removeThroughCheck(analyst, caseId, "").body()).contains("Removal recorded.");
	}

	@Test
	void theTakedownListShowsAddressesAsTextWithTimesAgoAndASeparateLinkToTheCase() throws Exception {
		String address = "https://elsewhere.example/listed/" + UUID.randomUUID();
		String caseId = assessedCase(address);
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Xan Analyst", administration, enrolment, CLOCK);

		String list = analyst.get("/office/takedown").body();
		Matcher row = Pattern.compile("(?s)<tr>\\s*<td><code class=\"url\" dir=\"ltr\">" + Pattern.quote(address)
				+ "</code></td>.*?</tr>").matcher(list);
		assertThat(row.find()).as("the address as inert text in its own cell").isTrue();
		assertThat(row.group()).contains("<time datetime=", "<a class=\"open\" href=\"/office/cases/" + caseId + "/actions\">Open</a>");
		assertThat(list).doesNotContain("href=\"" + address).doesNotContainPattern("<a[^>]*>\\s*<code");

		NoticeSteps.removeThroughCheck(analyst, caseId, "");
		assertThat(analyst.get("/office/takedown").body()).doesNotContain(address);
	}

	@Test
	void theFiguresHaveAPeriodACsvOfEachTableAndSayWhenThereIsNothingYet() throws Exception {
		assessedCase("https://elsewhere.example/figures/" + UUID.randomUUID());
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Yao Supervisor", administration, enrolment, CLOCK);
		String today = java.time.LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC).toString();

		HttpResponse<String> page = supervisor.get("/office/takedown/figures?from=" + today + "&to=" + today);
		assertThat(page.body()).contains("id=\"figures-network\"", "AS64504", "value=\"" + today + "\"",
				"href=\"/office/takedown/figures.csv?table=network&amp;from=" + today + "&amp;to=" + today + "\"")
			.doesNotContain("id=\"figures-empty\"");

		HttpResponse<String> empty = supervisor.get("/office/takedown/figures?from=1990-01-01&to=1990-12-31");
		assertThat(empty.body()).contains("id=\"figures-empty\"", "Nothing yet for this period").doesNotContain("<table");

		HttpResponse<String> refused = supervisor.get("/office/takedown/figures?from=someday&to=1990-01-01");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"error-summary\"", "href=\"#from\"", "value=\"someday\"", "id=\"from-error\"");
		assertThat(supervisor.get("/office/takedown/figures?from=1990-02-01&to=1990-01-01").body()).contains("href=\"#to\"");

		HttpResponse<String> csv = supervisor.get("/office/takedown/figures.csv?table=network&from=" + today + "&to=" + today);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
			.contains("attachment", "removal-figures-network-" + today + "-" + today + ".csv"));
		assertThat(csv.body()).startsWith("Network,Number of cases,Number removed,").contains("\r\nAS64504,");
		assertThat(supervisor.get("/office/takedown/figures.csv?table=all&from=1990-01-01&to=1990-01-31").body())
			.isEqualTo("Which cases,Number of cases,Number removed,Median hours to assessment,Median hours to first notice,"
					+ "Median hours to removal,Share removed within 24 h,Share removed within 72 h,Share removed within 7 days\r\n"
					+ "every case that called for action,0,0,–,–,–,0%,0%,0%\r\n");
		assertThat(supervisor.get("/office/takedown/figures.csv?table=nothing").statusCode()).isEqualTo(400);
	}

	private static String field(Instant instant) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC).format(instant);
	}

	private static String moment(Instant instant) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC).format(instant);
	}

	/** A reported case, assessed as needing action, traced, and its host notified. */
	private String assessedCase(String address) throws Exception {
		String caseId = readyCase(address);
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Sora Supervisor", administration, enrolment, CLOCK);
		assertThat(NoticeSteps.sendThroughCheck(supervisor, caseId, "HOST_NOTICE:host").body()).contains("Sent to the outbox.");
		return caseId;
	}

	/** A reported case, assessed as needing action and traced: its notices are proposed, nothing sent. */
	private String readyCase(String address) throws Exception {
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
		return caseId;
	}

	private int actions(String caseId) {
		return jdbc.sql("SELECT count(*) FROM takedown_action WHERE case_id = :id").param("id", UUID.fromString(caseId))
			.query(Integer.class).single();
	}

	private int mails(String caseId) {
		return jdbc.sql("SELECT count(*) FROM notice_mail m JOIN takedown_action a ON a.id = m.action_id WHERE a.case_id = :id")
			.param("id", UUID.fromString(caseId)).query(Integer.class).single();
	}

	private String awaitCase(String address) throws InterruptedException {
		return org.openhotline.triage.CaseArrival.awaitCase(cases, address, CLOCK);
	}
}
