package org.openhotline.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditEntry;
import org.openhotline.audit.AuditTrail;
import org.openhotline.tracing.HostingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit trail in words over real HTTP: actions as labels of the page's language, people by
 * name, case ids as links, times as "ago" with the exact UTC time; filters by person, action and
 * days, kept from page to page; the verifier still works.
 */
class AuditPageTests extends HostingFixtures {

	private static final Pattern ROW = Pattern.compile("<tr>\\s*<td class=\"num\">");

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	AuditTrail trail;

	@Test
	void anEntryIsShownInWordsWithThePersonByNameAndTheCaseAsALink() {
		String name = "Audit Reader " + UUID.randomUUID().toString().substring(0, 6);
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, name, administration, enrolment, CLOCK);
		String username = administration.all().stream().filter(a -> a.displayName().equals(name)).findFirst().orElseThrow()
			.username();
		UUID caseId = UUID.randomUUID();
		trail.record(username, AuditAction.CASE_ASSESSED, caseId.toString(),
				"FIRST CSAM_B (iwf v1) -> SECOND_ASSESSMENT");
		trail.record(username, AuditAction.ACCOUNT_CREATED, "someone-else", "ANALYST");

		String page = table(admin.get("/office/admin/audit?person=" + username).body());
		assertThat(page).contains("Assessed a case", "Created an account", name + "</span>", "(" + username + ")",
				"href=\"/office/cases/" + caseId + "\"", "FIRST CSAM_B (iwf v1) -&gt; SECOND_ASSESSMENT", "<time datetime=\"",
				" UTC</time>")
			.doesNotContain(">CASE_ASSESSED<", ">ACCOUNT_CREATED<", "href=\"/office/cases/someone-else\"");

		String french = table(admin.get("/office/admin/audit?person=" + username + "&action=CASE_ASSESSED", "fr").body());
		assertThat(french).contains("A évalué un dossier").doesNotContain("A créé un compte");
		assertThat(table(admin.get("/office/admin/audit?person=" + username + "&action=CASE_ASSESSED", "ar").body()))
			.contains("قيّم ملفًا");
	}

	@Test
	void filtersByDayAndPagesKeepTheFilters() {
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Audit Pager", administration, enrolment, CLOCK);
		String actor = "pager-" + UUID.randomUUID().toString().substring(0, 8);
		AuditEntry first = null;
		for (int i = 0; i < AuditController.PAGE_SIZE + 5; i++) {
			AuditEntry entry = trail.record(actor, AuditAction.CHECKED_STILL_LIVE, UUID.randomUUID().toString(), "n" + i);
			first = first == null ? entry : first;
		}
		LocalDate day = first.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
		String filters = "/office/admin/audit?person=" + actor + "&action=CHECKED_STILL_LIVE&from=" + day + "&to=" + day;

		HttpResponse<String> one = admin.get(filters);
		assertThat(one.statusCode()).isEqualTo(200);
		assertThat(rows(one.body())).isEqualTo(AuditController.PAGE_SIZE);
		assertThat(one.body()).contains("value=\"" + actor + "\"", "value=\"CHECKED_STILL_LIVE\" selected",
				"value=\"" + day + "\"").doesNotContain("id=\"newer\"");
		String older = href(one.body(), "older");
		assertThat(older).contains("person=" + actor, "action=CHECKED_STILL_LIVE", "from=" + day, "to=" + day, "page=1");

		String two = admin.get(older).body();
		assertThat(rows(two)).isEqualTo(5);
		assertThat(two).contains(">n0<").doesNotContain("id=\"older\"");
		assertThat(href(two, "newer")).contains("person=" + actor, "page=0");

		assertThat(admin.get("/office/admin/audit?person=" + actor + "&from=" + day.plusDays(1)).body())
			.contains("id=\"audit-empty\"");
		assertThat(admin.get("/office/admin/audit?person=" + actor + "&to=" + day.minusDays(1)).body())
			.contains("id=\"audit-empty\"");
		HttpResponse<String> bad = admin.get("/office/admin/audit?person=" + actor + "&from=yesterday");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("id=\"from-error\"", "value=\"yesterday\"");
	}

	@Test
	void aDayBeyondWhatTheDatabaseKeepsIsAFilterErrorNotAFailure() {
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Audit Far Days", administration, enrolment, CLOCK);
		for (String far : new String[] { "%2B999999999-12-31", "%2B300000-01-01", "-5000-01-01", "-999999999-01-01" }) {
			for (String field : new String[] { "from", "to" }) {
				HttpResponse<String> answer = admin.get("/office/admin/audit?" + field + "=" + far);
				assertThat(answer.statusCode()).as("%s=%s", field, far).isEqualTo(400);
				assertThat(answer.body()).contains("id=\"" + field + "-error\"");
			}
		}
	}

	@Test
	void theVerifierStillWorksFromThePage() {
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Audit Verifier", administration, enrolment, CLOCK);
		admin.get("/office/admin/audit");
		HttpResponse<String> verified = admin.follow(admin.post("/office/admin/audit/verify"));
		assertThat(verified.body()).contains("id=\"verification\"", "The trail is intact", "Verified the audit trail");
	}

	/** The table of entries (the action filter lists every label). */
	private static String table(String html) {
		return html.substring(html.indexOf("id=\"audit-entries\""));
	}

	private static int rows(String html) {
		return (int) ROW.matcher(html).results().count();
	}

	private static String href(String html, String id) {
		var m = Pattern.compile("href=\"([^\"]+)\" rel=\"(?:prev|next)\" id=\"" + id + "\"").matcher(html);
		assertThat(m.find()).as("a link #%s", id).isTrue();
		return m.group(1).replace("&amp;", "&");
	}
}
