package org.openhotline.blocklist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.blocklist.ListEntries;
import org.openhotline.blocklist.ListFigures;
import org.openhotline.blocklist.ListMember;
import org.openhotline.blocklist.MemberFreshness;
import org.openhotline.blocklist.UrlList;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.OrganisationView;
import org.openhotline.portal.web.PortalHttpAccess;
import org.openhotline.shared.web.RefusedForm;
import org.openhotline.tracing.HostingFixtures;
import org.openhotline.triage.CaseArrival;
import org.openhotline.triage.CaseQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The URL list's back-office pages over real HTTP: a case's entry and its steps, the list, its members. */
class UrlListPagesTests extends HostingFixtures {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ListEntries entries;

	@Autowired
	ListFigures figures;

	@Autowired
	UrlList urlList;

	@Autowired
	CaseQueries cases;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	ApplicationContext applicationContext;

	@Test
	void anAnalystSeesTheEntryAsTextWidensItAndTakesItOffWithAReason() throws Exception {
		String host = "dedicated-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
		UUID caseId = listed(host);
		String address = "https://" + host + "/gallery/" + caseId;
		String page = "/office/cases/" + caseId + "/url-list";
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Lina Analyst", administration, enrolment, CLOCK);

		HttpResponse<String> listed = analyst.get(page);
		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat(OfficeHttp.text(listed.body(), "address")).isEqualTo(address);
		assertThat(listed.body()).contains("<span>Listed</span>", "This address only", "Baseline (illegal in nearly every country)",
				"id=\"widen\"", "id=\"withdraw\"")
			.doesNotContain("href=\"" + address, "href=\"https://" + host, "href=\"http://" + host);
		assertThat(OfficeHttp.text(listed.body(), "expression")).isEqualTo(host + "/gallery/" + caseId);
		assertThat(OfficeHttp.text(listed.body(), "sha256")).isEqualTo(sha256(host + "/gallery/" + caseId));
		// before widening, the analyst sees which host would go on the list
		assertThat(OfficeHttp.text(listed.body(), "widen-host")).isEqualTo(host);

		HttpResponse<String> widened = analyst.post(page + "/widen");
		assertThat(widened.statusCode()).isEqualTo(302);
		assertThat(widened.headers().firstValue("Location")).get().asString().endsWith(page);
		HttpResponse<String> wide = analyst.follow(widened);
		assertThat(wide.body()).contains("The whole host is now on the list.", "id=\"narrow\"").doesNotContain("id=\"widen\"");
		assertThat(OfficeHttp.text(wide.body(), "entry-scope")).isEqualTo("Whole host");
		assertThat(OfficeHttp.text(wide.body(), "expression")).isEqualTo(host);
		assertThat(OfficeHttp.text(wide.body(), "sha256")).isEqualTo(sha256(host));

		HttpResponse<String> noReason = analyst.post(page + "/withdraw", "reason", "  ");
		assertThat(RefusedForm.assertRefused(noReason, "reason")).contains("id=\"withdraw\"");
		assertThat(noReason.body()).contains("id=\"error-summary\"", "href=\"#reason\"", "id=\"reason-error\"",
				"Say why the entry is taken off the list.", "aria-describedby=\"reason-error\"", "id=\"withdraw\"");
		String tooLong = "Duplicate " + "x".repeat(500);
		HttpResponse<String> longReason = analyst.post(page + "/withdraw", "reason", tooLong);
		assertThat(longReason.statusCode()).isEqualTo(422);
		assertThat(longReason.body()).contains("Write the reason in at most 500 characters.", ">" + tooLong + "</textarea>");
		assertThat(entries.ofCase(caseId).orElseThrow().listed()).isTrue();

		HttpResponse<String> withdrawn = analyst.post(page + "/withdraw", "reason", "Duplicate of another case");
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		HttpResponse<String> off = analyst.follow(withdrawn);
		assertThat(off.body()).contains("The entry is off the list.", "Off the list: taken off by an analyst")
			.doesNotContain("id=\"withdraw\"", "id=\"narrow\"");
		assertThat(OfficeHttp.text(off.body(), "end-reason")).isEqualTo("Duplicate of another case");
		assertThat(off.body()).containsPattern("id=\"ended\"><time datetime=\"[0-9T:-]+Z\"[^>]*>[^<]+</time> · analyst-[0-9a-f]{8}</dd>");

		HttpResponse<String> again = analyst.follow(analyst.post(page + "/narrow"));
		assertThat(again.body()).contains("id=\"error-summary\"", "This entry is no longer on the list.");
	}

	@Test
	void aPortalPartnerIsRefusedEveryUrlListPage() throws Exception {
		UUID caseId = listed("partner-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com");
		OfficeHttp partner = StaffSignIn.signedIn(port, Role.PORTAL_PARTNER, "Pia Partner", administration, enrolment, CLOCK);
		partner.get("/office");

		assertThat(partner.get("/office/cases/" + caseId + "/url-list").statusCode()).isEqualTo(403);
		assertThat(partner.get("/office/url-list").statusCode()).isEqualTo(403);
		assertThat(partner.get("/office/url-list/members").statusCode()).isEqualTo(403);
		assertThat(partner.post("/office/cases/" + caseId + "/url-list/widen").statusCode()).isEqualTo(403);
		assertThat(partner.post("/office/cases/" + caseId + "/url-list/withdraw", "reason", "no").statusCode())
			.isEqualTo(403);
		assertThat(partner.get("/office").body()).doesNotContain("href=\"/office/url-list\"");
		assertThat(entries.ofCase(caseId).orElseThrow().scope().name()).isEqualTo("URL");
	}

	@Test
	void theListPageShowsTheVersionTheLatestEntriesAsTextAndTheFigures() throws Exception {
		String host = "latest-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
		UUID caseId = listed(host);
		urlList.fetched(UUID.randomUUID(), figures.current().orElseThrow().version());
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Sam Supervisor", administration, enrolment, CLOCK);

		HttpResponse<String> list = supervisor.get("/office/url-list");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("href=\"/office/url-list\"", "href=\"/office/url-list/members\"",
				"<code class=\"url\" dir=\"ltr\">https://" + host + "/gallery/" + caseId + "</code>",
				"href=\"/office/cases/" + caseId + "/url-list\"", "href=\"/office/cases/" + caseId + "\"", "id=\"per-day\"",
				"id=\"members-summary\"")
			.doesNotContain("href=\"https://" + host);
		long version = Long.parseLong(OfficeHttp.text(list.body(), "version"));
		assertThat(version).isPositive().isLessThanOrEqualTo(figures.current().orElseThrow().version());
		assertThat(OfficeHttp.text(list.body(), "checksum")).hasSize(64);
		assertThat(Long.parseLong(OfficeHttp.text(list.body(), "additions-total"))).isPositive();
		assertThat(list.body().split("<tr>", -1).length).as("rows").isGreaterThan(30);
		assertThat(OfficeHttp.text(list.body(), "median")).as("a member fetched the version that listed the address")
			.matches("\\d+ h \\d+ min \\d+ s \\(\\d+ of \\d+ entries fetched\\)");

		HttpResponse<String> badDate = supervisor.get("/office/url-list?from=yesterday&to=2026-12-01");
		assertThat(badDate.statusCode()).isEqualTo(200);
		assertThat(badDate.body()).contains("id=\"from-error\"", "Enter the date as year-month-day",
				"value=\"yesterday\"", "id=\"per-day\"");
		HttpResponse<String> farAway = supervisor.get("/office/url-list?to=%2B999999999-12-31");
		assertThat(farAway.statusCode()).isEqualTo(200);
		assertThat(farAway.body()).contains("id=\"to-error\"", "value=\"+999999999-12-31\"");
		HttpResponse<String> bothBad = supervisor.get("/office/url-list?from=yesterday&to=31%2F12%2F2026");
		assertThat(bothBad.statusCode()).as("the page still answers, with the default period").isEqualTo(200);
		String period = bothBad.body().substring(bothBad.body().indexOf("<form method=\"get\" id=\"period\""));
		assertThat(period.indexOf("id=\"error-summary\"")).as("every error in the summary inside the form, first")
			.isPositive().isLessThan(period.indexOf("<input"));
		assertThat(period).contains("href=\"#from\"", "href=\"#to\"", "id=\"from-error\"", "id=\"to-error\"",
				"value=\"yesterday\"", "value=\"31/12/2026\"");
		assertThat(RefusedForm.tagWithId(period, "from")).contains("aria-invalid=\"true\"", "aria-describedby=\"from-error\"");
		assertThat(RefusedForm.tagWithId(period, "to")).contains("aria-invalid=\"true\"", "aria-describedby=\"to-error\"");
		HttpResponse<String> reversed = supervisor.get("/office/url-list?from=2026-12-10&to=2026-12-01");
		assertThat(reversed.body()).contains("id=\"to-error\"", "The end of the period is before its start.");
		HttpResponse<String> quiet = supervisor.get("/office/url-list?from=2001-01-01&to=2001-01-03");
		assertThat(quiet.body()).contains("id=\"no-changes\"", "From 2001-01-01 to 2001-01-03",
				"No entry of the period has been fetched by a member yet.");

		HttpResponse<String> members = supervisor.get("/office/url-list/members");
		assertThat(members.statusCode()).isEqualTo(200);
		assertThat(members.body()).contains("Members and their copies", "is marked stale", "24 h 0 min 0 s")
			.containsAnyOf("id=\"no-members\"", "id=\"members\"");
		assertThat(supervisor.get("/office/url-list/members", "ar").body()).contains("lang=\"ar\"", "الأعضاء ونسخهم");
	}

	@Test
	void theCasePageLinksItsEntryAndACaseNotOnTheListSaysWhy() throws Exception {
		String address = "https://elsewhere.example/not-listed/" + UUID.randomUUID();
		new PortalHttpAccess(port).report(address);
		String caseId = CaseArrival.awaitCase(cases, address, CLOCK);
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Nia Analyst", administration, enrolment, CLOCK);

		assertThat(analyst.get("/office/cases/" + caseId).body()).contains("href=\"/office/cases/" + caseId + "/url-list\"");
		HttpResponse<String> page = analyst.get("/office/cases/" + caseId + "/url-list");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(OfficeHttp.text(page.body(), "not-listed")).isEqualTo("This case is not on the URL list.");
		assertThat(page.body()).contains("not assessed", "confirmed removed").doesNotContain("href=\"" + address)
			.doesNotContain("id=\"withdraw\"");
		assertThat(OfficeHttp.text(page.body(), "address")).isEqualTo(address);
		assertThat(analyst.get("/office/cases/" + UUID.randomUUID() + "/url-list").statusCode()).isEqualTo(404);
	}

	/**
	 * The members' table as it renders rows (the organisation directory is a stub on this
	 * branch, so the page over HTTP has none): stale and never-fetched members are marked.
	 */
	@Test
	void theMembersTableMarksStaleAndNeverFetchedMembers() {
		Instant now = CLOCK.instant();
		ListMember fresh = member("Fresh ISP", ListLevel.URLS, true,
				fetch(41L, now.minusSeconds(60), 1, false));
		ListMember stale = member("Stale Vendor", ListLevel.HASHES, true,
				fetch(12L, now.minus(Duration.ofDays(3)), 30, true));
		ListMember never = member("Never Platform", ListLevel.URLS, true, fetch(null, null, 42, true));
		ListMember inactive = member("Old Engine", ListLevel.URLS, false, fetch(null, null, 42, true));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/office/url-list/members");
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, new MockHttpServletResponse());
		WebContext context = new WebContext(exchange, Locale.ENGLISH);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(applicationContext, null));
		context.setVariable("members", List.of(fresh, stale, never, inactive));
		context.setVariable("staleAfter", Duration.ofHours(24));

		String html = templates.process("blocklist/members", context);

		assertThat(OfficeHttp.text(html, "members-summary")).isEqualTo("4 members; 2 active ones stale or never fetched.");
		assertThat(row(html, fresh)).contains("Fresh ISP", "Addresses and hashes", ">41<", ">1<", "Fetched recently")
			.doesNotContain("stale");
		assertThat(row(html, stale)).contains("Stale Vendor", "Hashes only", ">12<", ">30<",
				"<span class=\"tag stale\">Stale</span>");
		assertThat(row(html, never)).contains("Never Platform", "<span class=\"tag stale\">Never fetched</span>", ">42<");
		assertThat(row(html, inactive)).contains("Old Engine", "Inactive").doesNotContain("Never fetched", "Stale");
	}

	private record Fetch(@Nullable Long lastVersion, @Nullable Instant at, long behind, boolean stale) {
	}

	private static Fetch fetch(@Nullable Long lastVersion, @Nullable Instant at, long behind, boolean stale) {
		return new Fetch(lastVersion, at, behind, stale);
	}

	private static ListMember member(String name, ListLevel level, boolean active, Fetch fetch) {
		OrganisationId id = new OrganisationId(UUID.randomUUID());
		return new ListMember(new OrganisationView(id, name, OrganisationKind.ISP, "ML", "Contact", "lists@member.example",
				level, active, Instant.parse("2026-01-01T00:00:00Z")),
				new MemberFreshness(id, fetch.lastVersion(), fetch.at(), fetch.behind(), fetch.stale()));
	}

	private static String row(String html, ListMember member) {
		int start = html.indexOf("id=\"member-" + member.organisation().id().value() + "\"");
		assertThat(start).as("the row of %s", member.organisation().name()).isPositive();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	private UUID listed(String host) {
		UUID caseId = assessedAsIllegal(events, transactions, host, "example.com");
		await().atMost(Duration.ofSeconds(20)).until(() -> entries.ofCase(caseId).isPresent());
		return caseId;
	}

	private static String sha256(String expression) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(expression.getBytes(StandardCharsets.UTF_8)));
	}
}
