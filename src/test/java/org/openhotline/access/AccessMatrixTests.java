package org.openhotline.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorisation matrix: every endpoint the application maps (read from its handler
 * mappings) must be in the committed table src/test/resources/access-table.txt, and is
 * called as every role (anonymous, analyst, supervisor, administrator, a portal partner);
 * each answer must match the table, and none may be a server error.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccessMatrixTests {

	private static final List<String> ROLES = List.of("anonymous", "analyst", "supervisor", "administrator", "partner");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	/** allow, deny, or open (a sign-in step: anything but 403 and server errors) per role. */
	record Rule(String method, String path, Map<String, String> access) {
	}

	/** Endpoints that exist only with some configuration. */
	private static final java.util.Set<String> OPTIONAL = java.util.Set.of("POST /bench/insert");

	@Test
	void everyEndpointIsInTheTable() throws IOException {
		TreeSet<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error") || pattern.startsWith("/v3/") || pattern.startsWith("/swagger")) {
					continue;
				}
				for (var method : info.getMethodsCondition().getMethods()) {
					mapped.add(method.name() + " " + simplify(pattern));
				}
			}
		}
		TreeSet<String> listed = new TreeSet<>();
		table().forEach(rule -> listed.add(rule.method() + " " + rule.path()));

		assertThat(listed).as("endpoints in the table").containsAll(mapped);
		listed.removeAll(OPTIONAL);
		assertThat(mapped).as("table rows that match an endpoint").containsAll(listed);
	}

	@Test
	void everyRoleGetsWhatTheTableSays() throws IOException {
		Map<String, Supplier<OfficeHttp>> browsers = new LinkedHashMap<>();
		browsers.put("anonymous", () -> new OfficeHttp(port));
		browsers.put("analyst", () -> StaffSignIn.signedIn(port, Role.ANALYST, "Matrix Analyst", administration, enrolment, clock));
		browsers.put("supervisor", () -> StaffSignIn.signedIn(port, Role.SUPERVISOR, "Matrix Supervisor", administration, enrolment, clock));
		browsers.put("administrator", () -> StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Matrix Admin", administration, enrolment, clock));
		browsers.put("partner", () -> StaffSignIn.signedIn(port, Role.PORTAL_PARTNER, "Matrix Partner", administration, enrolment, clock));
		List<String> wrong = new ArrayList<>();
		List<Rule> rules = table();
		// signing out ends the session: call it last
		rules.sort((a, b) -> Boolean.compare(a.path().equals("/office/sign-out"), b.path().equals("/office/sign-out")));
		for (String role : ROLES) {
			OfficeHttp browser = browsers.get(role).get();
			for (Rule rule : rules) {
				// a page with a form first, so that a POST carries a valid CSRF token
				browser.get(role.equals("anonymous") ? "/office/sign-in" : "/office");
				String path = concrete(rule.path());
				HttpResponse<String> response = rule.method().equals("GET") ? browser.get(path) : browser.post(path);
				String expectedAccess = rule.access().get(role);
				boolean let = expectedAccess.equals("open") ? response.statusCode() != 403 : lets(response);
				boolean expected = !expectedAccess.equals("deny");
				if (response.statusCode() >= 500) {
					wrong.add(role + " " + rule.method() + " " + path + " -> server error " + response.statusCode());
				}
				else if (let != expected) {
					wrong.add(role + " " + rule.method() + " " + path + " -> " + response.statusCode() + " "
							+ response.headers().firstValue("Location").orElse("") + ", table says "
							+ expectedAccess);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/** Two portals: a partner of Mali (the table's partner) is refused the other's statistics, page and CSV. */
	@Test
	void aPartnerOfOnePortalIsRefusedTheStatisticsOfAnother() {
		jdbc.sql("INSERT INTO portal (slug, country_code, languages, status) VALUES ('sn', 'SN', ARRAY ['fr'], 'DRAFT') "
				+ "ON CONFLICT DO NOTHING").update();
		OfficeHttp partner = StaffSignIn.signedIn(port, Role.PORTAL_PARTNER, "Mali Partner", administration, enrolment, clock);
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Any Analyst", administration, enrolment, clock);

		for (String path : List.of("/office/statistics?portal=sn", "/office/statistics.csv?table=timeline&portal=sn",
				"/office/statistics.csv?table=outcomes&portal=sn&granularity=DAY")) {
			assertThat(partner.get(path).statusCode()).as("partner of ml: " + path).isEqualTo(403);
			assertThat(analyst.get(path).statusCode()).as("analyst: " + path).isEqualTo(200);
		}
		assertThat(partner.get("/office/statistics?portal=ml").statusCode()).isEqualTo(200);
		assertThat(partner.get("/office/statistics").body()).contains("<option value=\"ml\" selected=\"selected\">")
			.doesNotContain("value=\"sn\"");
	}

	private static boolean lets(HttpResponse<String> response) {
		int status = response.statusCode();
		if (status == 401 || status == 403) {
			return false;
		}
		String location = response.headers().firstValue("Location").orElse("");
		return !(status == 302 && location.endsWith("/office/sign-in"));
	}

	private static String concrete(String path) {
		return path.replace("{slug}", "ml")
			.replace("{lang}", "fr")
			.replace("{file}", "missing.png")
			.replace("{index}", "1")
			.replace("{code}", "NOSUCHCODE")
			.replace("{id}", UUID.randomUUID().toString())
			.replace("{keyId}", UUID.randomUUID().toString())
			.replace("{report}", UUID.randomUUID().toString())
			.replace("{reference}", "API-0000-0000-0000");
	}

	/** "/{slug:[a-z]...}" as "/{slug}". */
	private static String simplify(String pattern) {
		StringBuilder out = new StringBuilder();
		int depth = 0;
		boolean inRegex = false;
		for (char c : pattern.toCharArray()) {
			if (c == '{') {
				depth++;
				if (depth == 1) {
					out.append(c);
					continue;
				}
			}
			if (c == '}') {
				depth--;
				if (depth == 0) {
					inRegex = false;
					out.append(c);
					continue;
				}
			}
			if (depth == 1 && c == ':') {
				inRegex = true;
			}
			if (!inRegex) {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static List<Rule> table() throws IOException {
		List<Rule> rules = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("src/test/resources/access-table.txt"))) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.trim().split("\\s+");
			Map<String, String> access = new LinkedHashMap<>();
			for (int i = 0; i < ROLES.size(); i++) {
				access.put(ROLES.get(i), cells[2 + i]);
			}
			rules.add(new Rule(cells[0], cells[1], access));
		}
		return rules;
	}
}
