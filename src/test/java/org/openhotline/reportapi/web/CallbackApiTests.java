package org.openhotline.reportapi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An organisation's callback over HTTP on PostgreSQL: registered, refused, shown, removed (by
 * the organisation or an administrator), and the standing of its reports sent to a local
 * receiver as they change, signed and verified with the Standard Webhooks library, retried
 * while the receiver is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "openhotline.triage.second-assessment-share=0")
class CallbackApiTests {

	static final int RECEIVER_PORT = freePort();

	/** By name: the shared database must never hold a loopback address (AnonymityTests reads it whole). */
	static final String HOOK = "https://localhost:" + RECEIVER_PORT + "/hook";

	@DynamicPropertySource
	static void callbackOutbox(DynamicPropertyRegistry registry) {
		registry.add("openhotline.report-api.callbacks.outbox-enabled", () -> "true");
		registry.add("openhotline.report-api.callbacks.poll-interval", () -> "200ms");
		registry.add("openhotline.report-api.callbacks.retry-first", () -> "300ms");
		registry.add("openhotline.report-api.callbacks.retry-max", () -> "1s");
		registry.add("openhotline.report-api.callbacks.allowed-insecure-endpoints", () -> "localhost:" + RECEIVER_PORT);
	}

	/** What the receiver was sent: its headers (names in lower case) and body. */
	record Received(Map<String, List<String>> headers, String body) {
	}

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

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	final List<Received> received = Collections.synchronizedList(new ArrayList<>());

	@Nullable HttpServer receiver;

	OrganisationId platform;

	String reportsKey;

	@BeforeEach
	void aPlatformWithAReportsKey() {
		platform = organisation("Platform " + UUID.randomUUID());
		reportsKey = keys.issue(platform, EnumSet.of(ApiScope.REPORTS), null, "test").secret();
	}

	@AfterEach
	void stopReceiver() {
		if (receiver != null) {
			receiver.stop(0);
		}
	}

	@Test
	void eachChangeOfAReportsStandingReachesTheCallbackSignedRetriedWhileTheReceiverIsDown() throws Exception {
		HttpResponse<String> registered = put(HOOK, reportsKey);
		assertThat(registered.statusCode()).isEqualTo(200);
		assertThat(registered.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		String secret = json.readTree(registered.body()).get("secret").asString();
		assertThat(secret).startsWith("whsec_");
		HttpResponse<String> shown = call("GET", null, reportsKey);
		assertThat(json.readTree(shown.body()).get("url").asString()).isEqualTo(HOOK);
		assertThat(shown.body()).doesNotContain("whsec_").doesNotContain("secret");

		String address = "https://example.com/callback/" + UUID.randomUUID();
		String reference = json.readTree(report(address).body()).get("reference").asString();
		String caseId = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				SELECT c.case_id::text FROM case_report c JOIN report r ON r.id = c.report_id WHERE r.reference = :ref
				""").param("ref", reference).query(String.class).optional(), o -> o.isPresent()).orElseThrow();

		// taken by an analyst while the receiver is down: tried, and tried again
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Cal Analyst", administration, enrolment, clock);
		assertThat(analyst.post("/office/cases/" + caseId + "/claim").statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(20)).until(() -> outboxRow(reference, "attempts"), a -> a != null && Integer.parseInt(a) >= 2);
		String messageId = outboxRow(reference, "message_id");
		assertThat(received).isEmpty();
		// the administrator sees it waiting, and why
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Ada Admin", administration, enrolment, clock);
		String health = admin.get("/office/organisations/" + platform).body().replaceAll("\\s+", " ");
		assertThat(health).contains("id=\"callback-health\"", "<dt>Waiting to be sent</dt><dd>1</dd>",
				"<dt>Last delivered</dt> <dd>never</dd>", "<dt>Last refusal</dt>",
				String.valueOf(outboxRow(reference, "last_error")));

		receiver = receiver();
		Received first = await().atMost(Duration.ofSeconds(20)).until(() -> received.isEmpty() ? null : received.get(0),
				r -> r != null);
		assertThat(first.headers().get("webhook-id")).containsExactly(messageId);
		assertThat(first.headers().get("content-type")).containsExactly("application/json");
		new Webhook(secret).verify(first.body(), first.headers());
		JsonNode message = json.readTree(first.body());
		assertThat(message.get("type").asString()).isEqualTo("report.updated");
		assertThat(message.get("timestamp").asString()).isNotBlank();
		assertThat(message.get("data").get("reference").asString()).isEqualTo(reference);
		assertThat(message.get("data").get("status").asString()).isEqualTo("being-assessed");
		await().atMost(Duration.ofSeconds(20)).until(() -> outboxRow(reference, "state"), "SENT"::equals);

		// assessed as illegal, then listed: the newest standing is the one GET answers
		analyst.get("/office/cases/" + caseId);
		assertThat(analyst.post("/office/cases/" + caseId + "/assess", "outcome", "CSAM_B", "ageBand", "11-13", "sexes",
				"FEMALE", "siteType", "IMAGE_HOST", "commercial", "false", "notes", "").statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Received last = received.get(received.size() - 1);
			JsonNode data = json.readTree(last.body()).get("data");
			assertThat(data.get("status").asString()).isEqualTo("assessed");
			assertThat(data.get("addresses").get(0).get("onUrlList").asBoolean()).isTrue();
			assertThat(data).isEqualTo(json.readTree(call("GET", "/api/v1/reports/" + reference, reportsKey).body()));
		});
		for (Received each : List.copyOf(received)) {
			new Webhook(secret).verify(each.body(), each.headers());
			assertThat(json.readTree(each.body()).get("data").get("reference").asString()).isEqualTo(reference);
		}
		assertThat(received.stream().map(r -> r.headers().get("webhook-id").get(0)).distinct().count())
			.as("one message per standing, each sent once taken").isEqualTo(received.size());
	}

	@Test
	void aRefusedAddressIsNamedAndNothingIsRegistered() throws Exception {
		Map<String, String> refused = Map.of("http://hooks.example.com/openhotline", "not-https",
				"https://127.0.0.1/hook", "not-public-address", "https://10.0.0.1/hook", "not-public-address",
				"https://user:secret@hooks.example.com/hook", "user-info",
				"https://hooks.example.com/" + "a".repeat(2000), "too-long", "not a url", "not-a-url");
		for (Map.Entry<String, String> address : refused.entrySet()) {
			HttpResponse<String> answer = put(address.getKey(), reportsKey);
			assertThat(answer.statusCode()).as(address.getKey()).isEqualTo(422);
			assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(json.readTree(answer.body()).get("reason").asString()).as(address.getKey()).isEqualTo(address.getValue());
			assertThat(json.readTree(answer.body()).get("detail").asString()).as("says what to fix")
				.startsWith("The callback address is refused (" + address.getValue() + "): ").containsPattern("\\): (use|leave|send) ");
		}
		assertThat(call("GET", null, reportsKey).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT count(*) FROM organisation_callback WHERE organisation_id = :o")
			.param("o", platform.value()).query(Long.class).single()).isZero();
	}

	@Test
	void anotherOrganisationNeitherSeesNorRemovesTheCallbackAndTheOwnerRemovesIt() throws Exception {
		assertThat(put("https://hooks.example.com/mine", reportsKey).statusCode()).isEqualTo(200);
		OrganisationId other = organisation("Other " + UUID.randomUUID());
		String otherKey = keys.issue(other, EnumSet.of(ApiScope.REPORTS), null, "test").secret();

		assertThat(call("GET", null, otherKey).statusCode()).isEqualTo(404);
		assertThat(call("DELETE", null, otherKey).statusCode()).isEqualTo(404);
		assertThat(json.readTree(call("GET", null, reportsKey).body()).get("url").asString())
			.isEqualTo("https://hooks.example.com/mine");

		assertThat(call("DELETE", null, reportsKey).statusCode()).isEqualTo(204);
		assertThat(call("GET", null, reportsKey).statusCode()).isEqualTo(404);
	}

	@Test
	void aKeyWithoutTheReportsScopeIsRefused() throws Exception {
		String listKey = keys.issue(platform, EnumSet.of(ApiScope.URL_LIST), null, "test").secret();

		assertThat(put("https://hooks.example.com/list", listKey).statusCode()).isEqualTo(403);
		assertThat(call("GET", null, listKey).statusCode()).isEqualTo(403);
		assertThat(call("DELETE", null, listKey).statusCode()).isEqualTo(403);
		assertThat(call("GET", null, reportsKey).statusCode()).isEqualTo(404);
	}

	@Test
	void anAdministratorSeesTheCallbackOnTheOrganisationsPageAndRemovesItAudited() throws Exception {
		String hook = "https://hooks.example.com/office/" + UUID.randomUUID();
		assertThat(put(hook, reportsKey).statusCode()).isEqualTo(200);
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Ada Admin", administration, enrolment, clock);

		assertThat(admin.get("/office/organisations/" + platform).body()).contains(hook);
		assertThat(admin.post("/office/organisations/" + platform + "/callback/remove").statusCode()).isEqualTo(302);

		assertThat(call("GET", null, reportsKey).statusCode()).isEqualTo(404);
		assertThat(admin.get("/office/organisations/" + platform).body()).doesNotContain(hook);
		assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE target = :t AND actor LIKE 'administrator-%' ORDER BY sequence")
			.param("t", platform.toString()).query(String.class).list()).containsExactly("callback removed");
	}

	private @Nullable String outboxRow(String reference, String column) {
		return jdbc.sql("SELECT " + column + "::text FROM report_api_callback c JOIN report r ON r.id = c.report_id "
				+ "WHERE r.reference = :ref").param("ref", reference).query(String.class).optional().orElse(null);
	}

	private HttpServer receiver() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), RECEIVER_PORT), 0);
		server.createContext("/hook", exchange -> {
			Map<String, List<String>> headers = new HashMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
			received.add(new Received(headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.start();
		return server;
	}

	private OrganisationId organisation(String name) {
		return organisations.create(new NewOrganisation(name, OrganisationKind.PLATFORM, null, "Trust and safety",
				"tns@example.com", ListLevel.HASHES), "test");
	}

	private HttpResponse<String> report(String address) throws Exception {
		String body = json.writeValueAsString(Map.of("addresses", List.of(address), "seen", "images", "found",
				"social-network", "reference", "CB-1"));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + reportsKey)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> put(String url, String key) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/callback"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + key)
			.PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("url", url))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> call(String method, @Nullable String path, String key) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ (path == null ? "/api/v1/reports/callback" : path)))
			.header("Authorization", "Bearer " + key)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
