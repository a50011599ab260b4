package org.openhotline.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.Organisations;
import org.openhotline.portal.web.PortalHttpAccess;
import org.openhotline.tracing.HostingFixtures;
import org.openhotline.tracing.HostingTraces;
import org.openhotline.triage.CaseArrival;
import org.openhotline.triage.CaseQueries;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A walk through every back-office GET page of the access table (OfficeLayoutTests over HTTP,
 * OfficeAccessibilityBrowserTests in Chromium): the pages a role may see, and something for
 * each page to show (a case assessed, traced and acted on, a partner, an organisation, an account).
 */
record OfficeWalk(String caseId, UUID partnerId, OrganisationId organisation, UUID accountId) {

	static final List<String> ROLES = List.of("analyst", "supervisor", "administrator", "partner");

	/** The back-office GET pages the table lets the role see (sign-in steps are not such pages). */
	static List<String> pages(String role) throws IOException {
		int column = 2 + List.of("anonymous", "analyst", "supervisor", "administrator", "partner").indexOf(role);
		List<String> pages = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("src/test/resources/access-table.txt"))) {
			String[] cells = line.trim().split("\\s+");
			if (line.startsWith("#") || cells.length < 7 || !cells[0].equals("GET") || !cells[1].startsWith("/office")) {
				continue;
			}
			// a preview is a public page as the public sees it, in the public layout; a download (CSV) is not a page
			if (cells[column].equals("allow") && !cells[1].contains("/preview/") && !cells[1].endsWith(".csv")) {
				pages.add(cells[1]);
			}
		}
		return pages;
	}

	static Role role(String role) {
		return role.equals("partner") ? Role.PORTAL_PARTNER : Role.valueOf(role.toUpperCase());
	}

	/** The page of the table with its placeholders filled in with this walk's case, partner or organisation. */
	String concrete(String path) {
		return path.replace("{id}", path.startsWith("/office/admin/partners") ? partnerId.toString()
				: path.startsWith("/office/organisations") ? organisation.value().toString()
				: path.startsWith("/office/admin/accounts") ? accountId.toString() : caseId)
			.replace("{slug}", "ml")
			.replace("{index}", "1");
	}

	/** A reported case, assessed as illegal, traced, and its host notified; a partner and an organisation. */
	static OfficeWalk prepare(int port, AccountAdministration administration, Enrolment enrolment, CaseQueries cases,
			HostingTraces traces, JdbcClient jdbc, Organisations organisations) throws InterruptedException {
		String caseId = actedOnCase(port, administration, enrolment, cases, traces);
		UUID partnerId = jdbc.sql("SELECT id FROM partner_contact ORDER BY name LIMIT 1").query(UUID.class).single();
		OrganisationId organisation = organisations.create(new NewOrganisation("Walk Telco " + UUID.randomUUID(),
				OrganisationKind.ISP, "ML", "Network team", "noc@example.com", ListLevel.URLS), "test");
		// an account an administrator may act on (their own is refused): the one that set the case up
		UUID accountId = jdbc.sql("SELECT id FROM account WHERE display_name = 'Setup Supervisor' ORDER BY created_at DESC LIMIT 1")
			.query(UUID.class)
			.single();
		return new OfficeWalk(caseId, partnerId, organisation, accountId);
	}

	private static String actedOnCase(int port, AccountAdministration administration, Enrolment enrolment,
			CaseQueries cases, HostingTraces traces) throws InterruptedException {
		String address = "https://elsewhere.example/walk/" + UUID.randomUUID();
		new PortalHttpAccess(port).report(address);
		String caseId = CaseArrival.awaitCase(cases, address, HostingFixtures.CLOCK);
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Setup Supervisor", administration,
				enrolment, HostingFixtures.CLOCK);
		supervisor.get("/office/cases/" + caseId);
		supervisor.post("/office/cases/" + caseId + "/claim");
		supervisor.get("/office/cases/" + caseId);
		supervisor.post("/office/cases/" + caseId + "/assess", "outcome", "CSAM_B", "ageBand", "11-13", "sexes",
				"FEMALE", "siteType", "IMAGE_HOST", "commercial", "false", "notes", "");
		await().atMost(Duration.ofSeconds(20)).until(() -> traces.of(UUID.fromString(caseId)).isPresent());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !supervisor.get("/office/cases/" + caseId + "/actions").body().contains("id=\"not-ready\""));
		HttpResponse<String> sent = org.openhotline.takedown.web.NoticeSteps.sendThroughCheck(supervisor, caseId,
				"HOST_NOTICE:host");
		assertThat(sent.body()).contains("TD-");
		return caseId;
	}
}
