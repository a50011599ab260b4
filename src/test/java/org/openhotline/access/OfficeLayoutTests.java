package org.openhotline.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.portal.web.PortalHttpAccess;
import org.openhotline.takedown.web.NoticeSteps;
import org.openhotline.tracing.HostingFixtures;
import org.openhotline.tracing.HostingTraces;
import org.openhotline.triage.CaseArrival;
import org.openhotline.triage.CaseQueries;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.Organisations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every back-office page, whichever module renders it, has the same header, menu and
 * sign-out: each staff role walks every GET page of the access table it may see, with a
 * case that has been assessed, traced and acted on so that every page has something to show.
 */
class OfficeLayoutTests extends HostingFixtures {

	private static final Pattern HEADER = Pattern.compile("(?s)<header class=\"site\">.*?</header>");

	private static final List<String> ROLES = List.of("analyst", "supervisor", "administrator", "partner");

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

	@Autowired
	Organisations organisations;

	@Test
	void everyOfficePageHasTheSameHeaderMenuAndSignOut() throws Exception {
		String caseId = actedOnCase();
		UUID partnerId = jdbc.sql("SELECT id FROM partner_contact ORDER BY name LIMIT 1").query(UUID.class).single();
		OrganisationId organisation = organisations.create(new NewOrganisation("Walk Telco " + UUID.randomUUID(),
				OrganisationKind.ISP, "ML", "Network team", "noc@example.com", ListLevel.URLS), "test");
		Map<String, OfficeHttp> browsers = new LinkedHashMap<>();
		browsers.put("analyst", StaffSignIn.signedIn(port, Role.ANALYST, "Walk Analyst", administration, enrolment, CLOCK));
		browsers.put("supervisor", StaffSignIn.signedIn(port, Role.SUPERVISOR, "Walk Supervisor", administration, enrolment, CLOCK));
		browsers.put("administrator", StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Walk Admin", administration, enrolment, CLOCK));
		browsers.put("partner", StaffSignIn.signedIn(port, Role.PORTAL_PARTNER, "Walk Partner", administration, enrolment, CLOCK));

		List<String> walked = new ArrayList<>();
		for (String role : ROLES) {
			OfficeHttp browser = browsers.get(role);
			String home = header(browser.get("/office"), role + " /office");
			assertThat(home).as("the menu of %s", role).contains("<nav", "action=\"/office/sign-out\"", "name=\"_csrf\"",
					"href=\"/office\"");
			if (!role.equals("partner")) {
				assertThat(home).contains("href=\"/office/queue\"", "href=\"/office/takedown\"");
			}
			for (String path : pages(role)) {
				String concrete = path.replace("{id}", path.startsWith("/office/admin/partners") ? partnerId.toString()
						: path.startsWith("/office/organisations") ? organisation.value().toString() : caseId)
					.replace("{slug}", "ml")
					.replace("{index}", "1");
				HttpResponse<String> page = browser.get(concrete);
				for (int hops = 0; hops < 3 && page.statusCode() == 302; hops++) {
					page = browser.follow(page);
				}
				assertThat(page.statusCode()).as("%s GET %s", role, concrete).isEqualTo(200);
				assertThat(header(page, role + " " + concrete)).as("the header of %s for %s", concrete, role)
					.isEqualTo(home);
				walked.add(role + " " + path);
			}
		}
		assertThat(walked).contains("analyst /office/cases/{id}/hosting", "analyst /office/cases/{id}/actions",
				"supervisor /office/takedown/figures", "administrator /office/admin/partners/{id}",
				"analyst /office/url-list", "analyst /office/url-list/members", "analyst /office/cases/{id}/url-list",
				"administrator /office/organisations", "administrator /office/organisations/{id}",
				"analyst /office/takedown", "administrator /office/portals", "administrator /office/portals/{slug}",
				"administrator /office/portals/new", "administrator /office/portals/languages",
				"partner /office/statistics", "administrator /office/statistics");
	}

	@Test
	void aRefusedOrMissingBackOfficePageKeepsTheHeaderAndLeadsBackToTheOffice() {
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Lost Analyst", administration, enrolment, CLOCK);
		String home = header(analyst.get("/office"), "analyst /office");

		for (String path : List.of("/office/takedown/figures", "/office/cases/" + UUID.randomUUID())) {
			HttpResponse<String> page = analyst.getHtml(path);
			assertThat(page.statusCode()).as(path).isIn(403, 404);
			assertThat(header(page, path)).as("the header of %s", path).isEqualTo(home);
			String main = page.body().substring(page.body().indexOf("<main"));
			assertThat(main).as("the way back from %s", path).contains("href=\"/office\"").doesNotContain("href=\"/\"");
		}
	}

	/** The header of a page, with its CSRF token (different on every page) blanked out. */
	private static String header(HttpResponse<String> page, String what) {
		Matcher header = HEADER.matcher(page.body());
		assertThat(header.find()).as("a header on %s", what).isTrue();
		return header.group().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\"");
	}

	/** The back-office GET pages the table lets the role see (sign-in steps are not such pages). */
	private static List<String> pages(String role) throws IOException {
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

	/** A reported case, assessed as illegal, traced, and its host notified. */
	private String actedOnCase() throws Exception {
		String address = "https://elsewhere.example/walk/" + UUID.randomUUID();
		new PortalHttpAccess(port).report(address);
		String caseId = CaseArrival.awaitCase(cases, address, CLOCK);
		OfficeHttp supervisor = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Setup Supervisor", administration,
				enrolment, CLOCK);
		supervisor.get("/office/cases/" + caseId);
		supervisor.post("/office/cases/" + caseId + "/claim");
		supervisor.get("/office/cases/" + caseId);
		supervisor.post("/office/cases/" + caseId + "/assess", "outcome", "CSAM_B", "ageBand", "11-13", "sexes",
				"FEMALE", "siteType", "IMAGE_HOST", "commercial", "false", "notes", "");
		await().atMost(Duration.ofSeconds(20)).until(() -> traces.of(UUID.fromString(caseId)).isPresent());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !supervisor.get("/office/cases/" + caseId + "/actions").body().contains("id=\"not-ready\""));
		HttpResponse<String> sent = NoticeSteps.sendThroughCheck(supervisor, caseId, "HOST_NOTICE:host");
		assertThat(sent.body()).contains("TD-");
		return caseId;
	}
}
