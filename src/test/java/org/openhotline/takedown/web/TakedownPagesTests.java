package org.openhotline.takedown.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

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

		HttpResponse<String> refused = admin.follow(admin.post("/office/admin/partners", "kind", "HOTLINE", "name", name,
				"country", "SN", "email", "not an address", "languages", "fr, wo", "channel", "EMAIL", "note", ""));
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
		HttpResponse<String> refused = analyst.follow(analyst.post("/office/cases/" + caseId + "/hosting/correct",
				"version", "0", "country", "DE", "asn", "AS64504", "hostContactEmail", "abuse@hosting-de.example\r\nBcc: x@example.org"));
		assertThat(refused.body()).contains("Enter one email address", "id=\"hostContactEmail-error\"");
		HttpResponse<String> corrected = analyst.follow(analyst.post("/office/cases/" + caseId + "/hosting/correct",
				"version", "0", "country", "DE", "asn", "AS64504", "networkName", "EXAMPLE-HOSTING-DE", "hostContactName",
				"Hosting DE", "hostContactEmail", "legal@hosting-de.example", "upstreamContactEmail", "noc@transit-de.example"));
		assertThat(corrected.body()).contains("Correction saved.", "legal@hosting-de.example");
		assertThat(OfficeHttp.text(corrected.body(), "trace-corrected")).startsWith("hostContactEmail");

		HttpResponse<String> actions = analyst.get("/office/cases/" + caseId + "/actions");
		assertThat(actions.body()).contains("Notice to the host", "legal@hosting-de.example",
				"referrals@international-police.example");
		HttpResponse<String> sent = analyst.follow(analyst.post("/office/cases/" + caseId + "/actions/send", "chosen",
				"HOST_NOTICE:host"));
		assertThat(sent.body()).contains("Sent to the outbox.", "TD-");
		HttpResponse<String> again = analyst.follow(analyst.post("/office/cases/" + caseId + "/actions/send", "chosen",
				"HOST_NOTICE:host"));
		assertThat(again.body()).contains("already sent");
		HttpResponse<String> badTime = analyst.follow(analyst.post("/office/cases/" + caseId + "/actions/check", "at", "yesterday"));
		assertThat(badTime.body()).contains("Enter a time between the assessment and now");

		assertThat(analyst.get("/office/takedown").body()).contains(address);
		assertThat(analyst.follow(analyst.post("/office/cases/" + caseId + "/actions/removed", "at", "")).body())
			.contains("Removal recorded.");
		assertThat(analyst.get("/office/takedown").body()).doesNotContain(address);
		assertThat(analyst.get("/office/takedown/figures").body()).contains("AS64504", "Removal figures");
	}

	private String awaitCase(String address) throws InterruptedException {
		return org.openhotline.triage.CaseArrival.awaitCase(cases, address, CLOCK);
	}
}
