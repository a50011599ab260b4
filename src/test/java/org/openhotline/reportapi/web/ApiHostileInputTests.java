package org.openhotline.reportapi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhotline.organisations.ApiKeys;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.Organisations;
import org.openhotline.shared.crypto.Ed25519Keys;
import org.openhotline.takedown.Channel;
import org.openhotline.takedown.PartnerDetails;
import org.openhotline.takedown.PartnerDirectory;
import org.openhotline.takedown.PartnerExchange;
import org.openhotline.takedown.PartnerKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report API and the exchange walked as an attacker would, over real HTTP (so that what
 * Tomcat and the servlet error page do is seen too): every refusal is a problem document
 * ({@code application/problem+json}) with a 4xx status, never a page, Spring's own JSON error
 * or a 500, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiHostileInputTests {

	private static final String REPORTS = "/api/v1/reports";

	private static final String REFERRALS = "/api/v1/exchange/referrals";

	@LocalServerPort
	int port;

	@Autowired
	Organisations organisations;

	@Autowired
	ApiKeys keys;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	final Ed25519PrivateKeyParameters partnerKey = Ed25519Keys.privateKey("Y2QFpbjkOTcGAl9d8pcG8lYxmB5n5yy0UoH2Eu+NuCk=");

	String reportsKey;

	String listKey;

	String exchangeKey;

	@BeforeEach
	void keys() {
		OrganisationId platform = organisations.create(new NewOrganisation("Platform " + UUID.randomUUID(),
				OrganisationKind.PLATFORM, "FR", "Trust", "trust@platform.example", ListLevel.HASHES), "test");
		reportsKey = keys.issue(platform, EnumSet.of(ApiScope.REPORTS), null, "test").secret();
		listKey = keys.issue(platform, EnumSet.of(ApiScope.URL_LIST), null, "test").secret();
		String partnerName = "Hotline " + UUID.randomUUID();
		OrganisationId hotline = organisations.create(new NewOrganisation(partnerName, OrganisationKind.HOTLINE, "ML",
				"Analysts", "analysts@hotline-b.example", ListLevel.HASHES), "test");
		exchangeKey = keys.issue(hotline, EnumSet.of(ApiScope.EXCHANGE), null, "test").secret();
		partners.add(new PartnerDetails(PartnerKind.HOTLINE, partnerName, "ML", "reports@hotline-b.example", List.of("fr"),
				Channel.EMAIL, "", new PartnerExchange("https://hotline-b.example/api/v1/exchange/referrals",
						Ed25519Keys.base64(partnerKey.generatePublicKey()), hotline.value())),
				"admin");
	}

	@Test
	void keysAndScopesAreRefusedAsProblems() throws Exception {
		String body = report("TS-keys");
		assertProblem(send(REPORTS, "POST", body, null, Map.of()), 401);
		assertProblem(send(REPORTS, "POST", body, "oh_not-a-key", Map.of()), 401);
		assertProblem(send(REPORTS, "POST", body, listKey, Map.of()), 403);
		assertProblem(send(REPORTS + "/API-0000-0000-0000", "GET", null, listKey, Map.of()), 403);
		assertProblem(send(REFERRALS, "POST", "{}", null, Map.of()), 401);
		assertProblem(send(REFERRALS, "POST", "{}", reportsKey, Map.of()), 403);
		assertProblem(send(REFERRALS, "POST", "{}", exchangeKey, Map.of()), 401);
	}

	@Test
	void bodiesThatAreNotAReportAreRefusedAsProblems() throws Exception {
		assertProblem(send(REPORTS, "POST", "", reportsKey, Map.of()), 400);
		assertProblem(send(REPORTS, "POST", "[" + report("TS-array") + "]", reportsKey, Map.of()), 400);
		assertProblem(send(REPORTS, "POST", "{\"addresses\": [\"https://example.com/a\"", reportsKey, Map.of()), 400);
		assertProblem(send(REPORTS, "POST", "null", reportsKey, Map.of()), 400);
		assertProblem(send(REPORTS, "POST", "\"a report\"", reportsKey, Map.of()), 400);
		assertProblem(send(REPORTS, "POST", "{\"addresses\": \"https://example.com/a\", \"seen\": \"images\", "
				+ "\"found\": \"website\", \"reference\": \"TS-string\"}", reportsKey, Map.of()), 400);
	}

	@Test
	void numbersWhereTextIsExpectedAndUnknownFieldsAreRefusedNamingTheField() throws Exception {
		HttpResponse<String> number = send(REPORTS, "POST", report("TS-number").replace("\"TS-number\"", "12345"),
				reportsKey, Map.of());
		assertProblem(number, 400);
		assertThat(json.readTree(number.body()).get("detail").asString()).contains("reference");
		HttpResponse<String> numbers = send(REPORTS, "POST",
				report("TS-numbers").replace("[\"https://example.com/hostile/TS-numbers\"]", "[1, 2]"), reportsKey, Map.of());
		assertProblem(numbers, 400);
		assertThat(json.readTree(numbers.body()).get("detail").asString()).contains("addresses");
		HttpResponse<String> flag = send(REPORTS, "POST", report("TS-bool").replace("\"images\"", "true"), reportsKey,
				Map.of());
		assertProblem(flag, 400);

		HttpResponse<String> unknown = send(REPORTS, "POST", report("TS-unknown").replace("\"notes\"", "\"note\""),
				reportsKey, Map.of());
		assertProblem(unknown, 400);
		assertThat(json.readTree(unknown.body()).get("detail").asString()).contains("note");
		assertThat(stored("TS-number") + stored("TS-numbers") + stored("TS-bool") + stored("TS-unknown")).isZero();
	}

	@Test
	void controlCharactersInTheReferenceAreRefusedOrDropped() throws Exception {
		HttpResponse<String> nul = send(REPORTS, "POST", report("TS-nul").replace("\"TS-nul\"", "\"\\u0000\""),
				reportsKey, Map.of());
		assertProblem(nul, 422);
		assertThat(nul.body()).contains("reference-length");
		assertProblem(send(REPORTS, "POST", report("TS-ctl").replace("\"TS-ctl\"", "\"\\u0001\\u0007 \""), reportsKey,
				Map.of()), 422);
		HttpResponse<String> inside = send(REPORTS, "POST", report("TS-nul-inside").replace("\"TS-nul-inside\"",
				"\"TS-nul\\u0000-inside\""), reportsKey, Map.of());
		assertThat(inside.statusCode()).as(inside.body()).isEqualTo(201);
		assertThat(stored("TS-nul-inside")).isOne();

		for (String address : List.of("https://example.com/a\\u0000b", "https://exa\\u0000mple.com/", "\\u0000")) {
			HttpResponse<String> inAddress = send(REPORTS, "POST", report("TS-nul-address").replace(
					"\"https://example.com/hostile/TS-nul-address\"", "\"" + address + "\""), reportsKey, Map.of());
			assertThat(inAddress.statusCode()).as(inAddress.body()).isIn(201, 422);
			if (inAddress.statusCode() == 422) {
				assertProblem(inAddress, 422);
			}
		}

		assertProblem(send(REPORTS + "/API-%00", "GET", null, reportsKey, Map.of()), 400, 404);
		assertProblem(send(REPORTS + "/" + "A".repeat(5000), "GET", null, reportsKey, Map.of()), 404);
		assertProblem(send(REPORTS, "POST", report("TS-key"), reportsKey, Map.of("Idempotency-Key", "k".repeat(101))), 400);
	}

	@Test
	void aByteOrderMarkBeforeTheJsonIsReadAsTheJson() throws Exception {
		byte[] json = report("TS-bom").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[json.length + 3];
		body[0] = (byte) 0xEF;
		body[1] = (byte) 0xBB;
		body[2] = (byte) 0xBF;
		System.arraycopy(json, 0, body, 3, json.length);

		HttpResponse<String> answer = http.send(request(REPORTS, reportsKey).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).as(answer.body()).isIn(201, 400);
		if (answer.statusCode() == 400) {
			assertProblem(answer, 400);
		}
	}

	@Test
	void aWrongContentTypeOrAcceptIsAProblemOnEveryEndpoint() throws Exception {
		String body = report("TS-type");
		for (String path : List.of(REPORTS, REFERRALS)) {
			String key = path.equals(REPORTS) ? reportsKey : exchangeKey;
			HttpResponse<String> text = send(path, "POST", body, key, Map.of("Content-Type", "text/plain"));
			assertProblem(text, 415);
			HttpResponse<String> form = send(path, "POST", "a=b", key,
					Map.of("Content-Type", "application/x-www-form-urlencoded"));
			assertProblem(form, 415);
			HttpResponse<String> multipart = send(path, "POST", "--b\r\n\r\nx\r\n--b--\r\n", key,
					Map.of("Content-Type", "multipart/form-data; boundary=b"));
			assertProblem(multipart, 415);
			HttpResponse<String> html = send(path, "POST", body, key, Map.of("Accept", "text/html"));
			assertProblem(html, 406);
		}
		assertProblem(send(REPORTS + "/API-0000-0000-0000", "GET", null, reportsKey, Map.of("Accept", "text/html")), 406);
		assertProblem(send(REFERRALS, "GET", null, exchangeKey, Map.of()), 405);
		assertThat(stored("TS-type")).isZero();
	}

	@Test
	void aBodyOverTheLimitIsRefusedUnreadAsAProblem() throws Exception {
		String huge = report("TS-huge").replace("Found by our moderators.", "n".repeat(5 * 1024 * 1024));
		for (String path : List.of(REPORTS, REFERRALS)) {
			String key = path.equals(REPORTS) ? reportsKey : exchangeKey;
			// announced: refused before a byte of it is read
			String announced = raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
					+ "\r\nContent-Type: application/json\r\nContent-Length: " + huge.length() + "\r\n\r\n"
					+ huge.substring(0, 1000));
			assertRawProblem(announced, 413);
			// sent without a length: read up to the limit, then refused
			String chunk = huge.substring(0, 300 * 1024);
			String chunked = raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
					+ "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
					+ Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n");
			assertRawProblem(chunked, 413);
		}
		// within the limit, a field too long for its column is the report's refusal
		HttpResponse<String> long_ = send(REPORTS, "POST", report("TS-long").replace("\"TS-long\"",
				"\"" + "r".repeat(200 * 1024) + "\""), reportsKey, Map.of());
		assertProblem(long_, 422);
		assertThat(stored("TS-huge")).isZero();
	}

	/**
	 * A partner that signs what it sends (its key is known, so the signature holds) may still
	 * send what is no referral: each is a 4xx problem, and the longest trace the schema allows
	 * is taken (it made a description longer than a report keeps: a 500).
	 */
	@Test
	void signedDocumentsThatAreNoReferralAreRefusedAsProblemsAndTheLongestTraceIsTaken() throws Exception {
		String reference = "B-" + UUID.randomUUID();
		String good = referral(reference, "[]");
		assertProblem(signed(good.replace(reference, "B-\\u0000-1")), 422);
		assertProblem(signed("[" + good + "]"), 422);
		assertProblem(signed(good.replace("\"version\":1", "\"version\":\"1\"")), 422);
		assertProblem(signed(good.replace("\"asn\":64500", "\"asn\":\"64500\"")), 422);
		assertProblem(signed(good.replace("\"interpolClass\"", "\"unknown\":1,\"interpolClass\"")), 422);
		assertProblem(signed("{\"version\":1"), 422);
		assertProblem(signed(""), 400);
		byte[] document = good.getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[document.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(document, 0, bom, 3, document.length);
		HttpResponse<String> withBom = signed(bom);
		assertThat(withBom.statusCode()).as(withBom.body()).isIn(202, 422);
		if (withBom.statusCode() == 422) {
			assertProblem(withBom, 422);
		}

		StringBuilder addresses = new StringBuilder("[");
		for (int i = 0; i < 50; i++) {
			addresses.append(i == 0 ? "" : ",").append("\"2001:0db8:0000:0000:0000:0000:0000:").append(String.format("%04x", i))
				.append('"');
		}
		String longest = referral("B-" + UUID.randomUUID(), addresses.append(']').toString());
		HttpResponse<String> taken = signed(longest);
		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(202);
		String ours = json.readTree(taken.body()).get("reference").asString();
		assertThat(jdbc.sql("SELECT description FROM report WHERE reference = :r").param("r", ours).query(String.class).single())
			.startsWith("Referred by ").hasSizeLessThanOrEqualTo(2000).endsWith("…");
	}

	private static String referral(String reference, String traceAddresses) {
		return "{\"version\":1,\"sender\":{\"installation\":\"hotline-b\",\"reference\":\"" + reference + "\"},"
				+ "\"sentAt\":\"2026-12-01T10:15:30Z\",\"addresses\":[\"https://example.com/hostile/" + reference + "\"],"
				+ "\"interpolClass\":\"BASELINE\",\"trace\":{\"country\":\"ML\",\"asn\":64500,"
				+ "\"network\":\"EXAMPLE-NET\",\"addresses\":" + traceAddresses + "}}";
	}

	private HttpResponse<String> signed(String body) throws Exception {
		return signed(body.getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> signed(byte[] body) throws Exception {
		return http.send(request(REFERRALS, exchangeKey).header("Content-Type", "application/json")
			.header("Signature-Ed25519", Ed25519Keys.sign(partnerKey, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void assertProblem(HttpResponse<String> response, int... statuses) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isIn(java.util.Arrays.stream(statuses).boxed().toList());
		assertThat(response.headers().firstValue("Content-Type")).as("%s: %s", response.statusCode(), response.body())
			.hasValueSatisfying(type -> assertThat(type).as(response.body()).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
		assertThat(problem.get("type").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
	}

	private void assertRawProblem(String response, int status) throws Exception {
		assertThat(response).as(response).startsWith("HTTP/1.1 " + status + " ");
		String headers = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
		assertThat(headers).as(response).contains("content-type: application/problem+json");
		String body = response.substring(response.indexOf("\r\n\r\n") + 4);
		JsonNode problem = json.readTree(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1));
		assertThat(problem.get("status").asInt()).isEqualTo(status);
	}

	/** Writes the request as given and reads the answer until the server closes the connection. */
	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request.getBytes(StandardCharsets.UTF_8));
				out.flush();
			}
			catch (java.io.IOException closed) {
				// the server may answer and close before all of it is written
			}
			socket.shutdownOutput();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			try {
				in.transferTo(answer);
			}
			catch (java.net.SocketException reset) {
				// what came before the reset is the answer
			}
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

	private HttpResponse<String> send(String path, String method, @Nullable String body, @Nullable String key,
			Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = request(path, key);
		if (!headers.containsKey("Content-Type") && body != null) {
			request.header("Content-Type", "application/json");
		}
		headers.forEach(request::header);
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, @Nullable String key) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return request;
	}

	private static String report(String reference) {
		return "{\"addresses\": [\"https://example.com/hostile/" + reference + "\"], \"seen\": \"images\", "
				+ "\"found\": \"website\", \"reference\": \"" + reference + "\", \"notes\": \"Found by our moderators.\"}";
	}

	private long stored(String reference) {
		return jdbc.sql("SELECT count(*) FROM report WHERE organisation_reference = :r OR description LIKE :d")
			.param("r", reference)
			.param("d", "%" + reference + "%")
			.query(Long.class)
			.single();
	}
}
