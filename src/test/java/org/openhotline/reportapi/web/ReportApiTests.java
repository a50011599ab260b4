package org.openhotline.reportapi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.organisations.ApiKeys;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.Organisations;
import org.openhotline.reportapi.internal.IdempotencyKeys;
import org.openhotline.triage.CaseQueries;
import org.openhotline.triage.QueueFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report API over HTTP on PostgreSQL, as a platform's system calls it: reports with and
 * without an Idempotency-Key, retried, concurrently; refused addresses; another
 * organisation's reports; scopes; and the report on the analysts' case page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "openhotline.triage.second-assessment-share=0")
class ReportApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Organisations organisations;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	Clock clock;

	@Autowired
	CaseQueries cases;

	@Autowired
	IdempotencyKeys idempotencyKeys;

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	OrganisationId platform;

	String platformName;

	String reportsKey;

	@BeforeEach
	void aPlatformWithAReportsKey() {
		platformName = "Platform " + UUID.randomUUID();
		platform = organisation(platformName);
		reportsKey = keys.issue(platform, EnumSet.of(ApiScope.REPORTS), null, "test").secret();
	}

	@Test
	void aReportIsStoredAnsweredWithItsReferenceAndReachesTheCasePageWithItsOrganisation() throws Exception {
		String address = "HTTPS://Example.COM:443/api-report/" + UUID.randomUUID() + "#frag";
		String canonical = address.replace("HTTPS://Example.COM:443", "https://example.com").replace("#frag", "");
		HttpResponse<String> created = post(body(List.of(address, "http://198.51.100.7/x"), "TS-1"), reportsKey, null);

		assertThat(created.statusCode()).isEqualTo(201);
		String reference = json.readTree(created.body()).get("reference").asString();
		assertThat(reference).startsWith("API-");
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/reports/" + reference);
		assertThat(jdbc.sql("""
				SELECT r.channel || ' ' || r.organisation_reference || ' ' || i.canonical_url FROM report r
				JOIN reported_item i ON i.report_id = r.id WHERE r.reference = :ref AND i.position = 1
				""").param("ref", reference).query(String.class).single()).isEqualTo("API TS-1 " + canonical);

		HttpResponse<String> standing = get("/api/v1/reports/" + reference, reportsKey);
		assertThat(standing.statusCode()).isEqualTo(200);
		assertThat(json.readTree(standing.body()).get("status").asString()).isEqualTo("received");

		String caseId = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				SELECT c.case_id::text FROM case_report c JOIN report r ON r.id = c.report_id
				JOIN case_file f ON f.id = c.case_id WHERE r.reference = :ref AND f.canonical_url = :url
				""").param("ref", reference).param("url", canonical).query(String.class).optional(), o -> o.isPresent()).orElseThrow();
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Awa Analyst", administration, enrolment, clock);
		HttpResponse<String> page = analyst.get("/office/cases/" + caseId);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Report API: " + platformName + " (their reference TS-1)");

		// assessed: the address says its INTERPOL class, that it calls for action, and that it is listed
		assertThat(analyst.post("/office/cases/" + caseId + "/claim").statusCode()).isEqualTo(302);
		analyst.get("/office/cases/" + caseId);
		assertThat(analyst.post("/office/cases/" + caseId + "/assess", "outcome", "CSAM_B", "ageBand", "11-13", "sexes",
				"FEMALE", "siteType", "IMAGE_HOST", "commercial", "false", "notes", "").statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode stands = json.readTree(get("/api/v1/reports/" + reference, reportsKey).body());
			assertThat(stands.get("status").asString()).isEqualTo("being-assessed");
			JsonNode assessed = null;
			for (JsonNode a : stands.get("addresses")) {
				if (a.get("address").asString().equals(canonical)) {
					assessed = a;
				}
				else {
					assertThat(a.get("status").asString()).isEqualTo("received");
					assertThat(a.get("interpol").isNull()).isTrue();
				}
			}
			assertThat(assessed).isNotNull();
			assertThat(assessed.get("status").asString()).isEqualTo("assessed");
			assertThat(assessed.get("interpol").asString()).isIn("baseline", "nationally-illegal");
			assertThat(assessed.get("callsForAction").asBoolean()).isTrue();
			assertThat(assessed.get("onUrlList").asBoolean()).isTrue();
			assertThat(assessed.get("removed").asBoolean()).isFalse();
		});
	}

	@Test
	void aRetryWithTheSameKeyAndBodyGetsTheSameAnswerAndMakesNoSecondReport() throws Exception {
		String key = "retry-" + UUID.randomUUID();
		String body = body(List.of("https://example.com/retry/" + UUID.randomUUID()), "TS-2");
		HttpResponse<String> first = post(body, reportsKey, key);
		HttpResponse<String> second = post(body, reportsKey, key);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(reportsOf(platform)).isEqualTo(1);

		HttpResponse<String> other = post(body(List.of("https://example.com/other"), "TS-2"), reportsKey, key);
		assertThat(other.statusCode()).isEqualTo(422);
		assertThat(other.body()).contains("idempotency-key-reused");
		assertThat(reportsOf(platform)).isEqualTo(1);

		// keys are per organisation: another's same key is its own
		OrganisationId another = organisation("Other " + UUID.randomUUID());
		String anotherKey = keys.issue(another, EnumSet.of(ApiScope.REPORTS), null, "test").secret();
		HttpResponse<String> theirs = post(body, anotherKey, key);
		assertThat(theirs.statusCode()).isEqualTo(201);
		assertThat(theirs.body()).isNotEqualTo(first.body());

		// without a key, each call is a report
		String plain = body(List.of("https://example.com/plain/" + UUID.randomUUID()), "TS-3");
		assertThat(post(plain, reportsKey, null).statusCode()).isEqualTo(201);
		assertThat(post(plain, reportsKey, null).statusCode()).isEqualTo(201);
		assertThat(reportsOf(platform)).isEqualTo(3);
	}

	@Test
	void aKeyForgottenAfterItsDayMayBeUsedAgain() throws Exception {
		String key = "day-" + UUID.randomUUID();
		String body = body(List.of("https://example.com/day/" + UUID.randomUUID()), "TS-10");
		assertThat(post(body, reportsKey, key).statusCode()).isEqualTo(201);
		idempotencyKeys.forgetBefore(clock.instant().minus(Duration.ofHours(24)));
		assertThat(post(body, reportsKey, key).statusCode()).isEqualTo(201);
		assertThat(reportsOf(platform)).as("a key of today is kept").isEqualTo(1);

		idempotencyKeys.forgetBefore(clock.instant().plusSeconds(1));
		assertThat(post(body(List.of("https://example.com/next-day"), "TS-10"), reportsKey, key).statusCode()).isEqualTo(201);
		assertThat(reportsOf(platform)).isEqualTo(2);
	}

	@Test
	void eightConcurrentRequestsWithOneKeyMakeOneReport() throws Exception {
		String key = "concurrent-" + UUID.randomUUID();
		String body = body(List.of("https://example.com/race/" + UUID.randomUUID()), "TS-4");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return post(body, reportsKey, key);
				}));
			}
			start.countDown();
			Set<String> bodies = new java.util.HashSet<>();
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(answer.get().statusCode()).isEqualTo(201);
				bodies.add(answer.get().body());
			}
			assertThat(bodies).hasSize(1);
			assertThat(reportsOf(platform)).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRefusedAddressNamesItsIndexAndNothingIsStored() throws Exception {
		HttpResponse<String> refused = post(body(List.of("https://example.com/good", "javascript:alert(1)",
				"https://example.com/also-good", "http://localhost/x"), "TS-5"), reportsKey, "bad-" + UUID.randomUUID());

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		JsonNode errors = json.readTree(refused.body()).get("errors");
		assertThat(errors).hasSize(2);
		assertThat(errors.get(0).get("index").asInt()).isEqualTo(1);
		assertThat(errors.get(0).get("address").asString()).isEqualTo("javascript:alert(1)");
		assertThat(errors.get(0).get("code").asString()).isEqualTo("url.rejected.unsupported-scheme");
		assertThat(errors.get(1).get("index").asInt()).isEqualTo(3);
		assertThat(errors.get(1).get("code").asString()).isEqualTo("url.rejected.not-public-host");
		assertThat(errors.get(0).get("detail").asString()).as("what to change").isEqualTo("only http and https addresses are taken.");
		assertThat(reportsOf(platform)).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM report_api_request WHERE organisation_id = :o")
			.param("o", platform.value()).query(Long.class).single()).isZero();

		HttpResponse<String> badFields = post("{\"addresses\":[],\"seen\":\"pictures\",\"found\":\"website\",\"reference\":\"\"}",
				reportsKey, null);
		assertThat(badFields.statusCode()).isEqualTo(422);
		assertThat(badFields.body()).contains("addresses-count", "seen-unknown", "reference-length");
		assertThat(badFields.body()).contains("send 1 to 100 addresses.", "seen is one of images, videos, images-and-videos, other, not-sure.");
	}

	@Test
	void anotherOrganisationsReportIsAnsweredAsUnknown() throws Exception {
		HttpResponse<String> created = post(body(List.of("https://example.com/mine/" + UUID.randomUUID()), "TS-6"),
				reportsKey, null);
		String reference = json.readTree(created.body()).get("reference").asString();
		OrganisationId another = organisation("Other " + UUID.randomUUID());
		String anotherKey = keys.issue(another, EnumSet.of(ApiScope.REPORTS), null, "test").secret();

		HttpResponse<String> theirs = get("/api/v1/reports/" + reference, anotherKey);
		HttpResponse<String> unknown = get("/api/v1/reports/API-0000-0000-0000", anotherKey);
		assertThat(theirs.statusCode()).isEqualTo(404);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(withoutInstance(theirs.body())).isEqualTo(withoutInstance(unknown.body()));
		assertThat(theirs.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
	}

	@Test
	void aKeyWithoutTheReportsScopeCannotReport() throws Exception {
		String urlListKey = keys.issue(platform, EnumSet.of(ApiScope.URL_LIST), null, "test").secret();
		HttpResponse<String> refused = post(body(List.of("https://example.com/scope"), "TS-7"), urlListKey, null);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(get("/api/v1/reports/API-0000-0000-0000", urlListKey).statusCode()).isEqualTo(403);
		assertThat(post(body(List.of("https://example.com/scope"), "TS-7"), null, null).statusCode()).isEqualTo(401);
		assertThat(reportsOf(platform)).isZero();
	}

	/** The answer but the path it was asked at. */
	private String withoutInstance(String problem) {
		tools.jackson.databind.node.ObjectNode node = (tools.jackson.databind.node.ObjectNode) json.readTree(problem);
		node.remove("instance");
		return node.toString();
	}

	@Test
	void anOrganisationsPriorityPutsItsReportsFirstInTheQueue() throws Exception {
		// a portal-priority case with more reports than the API report will have
		String busy = "https://example.com/busy/" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			post(body(List.of(busy), "TS-8-" + i), reportsKey, null);
		}
		OrganisationId urgent = organisation("Urgent " + UUID.randomUUID());
		organisations.setReportPriority(urgent, 9, "test");
		String urgentKey = keys.issue(urgent, EnumSet.of(ApiScope.REPORTS), null, "test").secret();
		String address = "https://example.com/urgent/" + UUID.randomUUID();
		assertThat(post(body(List.of(address), "TS-9"), urgentKey, null).statusCode()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				cases.queue(QueueFilter.EVERYTHING, UUID.randomUUID(), clock.instant(), 0, 1).get(0).kase().canonicalUrl())
			.isEqualTo(address));
		assertThat(jdbc.sql("SELECT priority FROM case_file WHERE canonical_url = :u").param("u", busy)
			.query(Integer.class).single()).isZero();
	}

	private OrganisationId organisation(String name) {
		return organisations.create(new NewOrganisation(name, OrganisationKind.PLATFORM, null, "Trust and safety",
				"tns@example.com", ListLevel.HASHES), "test");
	}

	private long reportsOf(OrganisationId organisation) {
		return jdbc.sql("SELECT count(*) FROM report WHERE organisation_id = :o")
			.param("o", organisation.value())
			.query(Long.class)
			.single();
	}

	private String body(List<String> addresses, String reference) {
		return json.writeValueAsString(java.util.Map.of("addresses", addresses, "seen", "images", "found",
				"social-network", "reference", reference, "notes", "Found by moderators."));
	}

	private HttpResponse<String> post(String body, @Nullable String key, @Nullable String idempotencyKey)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String key) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + key)
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
