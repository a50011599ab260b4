package org.openhotline.blocklist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhotline.blocklist.UrlList;
import org.openhotline.organisations.ApiKeys;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.Organisations;
import org.openhotline.triage.CaseAssessed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The members' API over HTTP, as a member's system calls it: keys and levels, the whole list
 * in every format with its signed manifest, the ETag, the changes since a version, lookups,
 * gzip and problem details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "openhotline.blocklist.max-changes=5")
class UrlListApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Organisations organisations;

	@Autowired
	ApiKeys keys;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UrlList list;

	final HttpClient http = HttpClient.newHttpClient();

	String urlsKey;

	String hashesKey;

	OrganisationId urlsMember;

	String listedUrl;

	String listedHash;

	@BeforeEach
	void membersAndOneListedAddress() {
		urlsMember = organisations.create(new NewOrganisation("Telco " + UUID.randomUUID(), OrganisationKind.ISP, "ML",
				"Network team", "noc@example.com", ListLevel.URLS), "test");
		urlsKey = keys.issue(urlsMember, EnumSet.of(ApiScope.URL_LIST), null, "test").secret();
		OrganisationId hashes = organisations.create(new NewOrganisation("Platform " + UUID.randomUUID(),
				OrganisationKind.PLATFORM, null, "Trust and safety", "tns@example.com", ListLevel.HASHES), "test");
		hashesKey = keys.issue(hashes, EnumSet.of(ApiScope.URL_LIST), null, "test").secret();

		UUID caseId = UUID.randomUUID();
		listedUrl = "https://api.example.com/album/" + caseId;
		listedHash = sha256("api.example.com/album/" + caseId);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		transactions.executeWithoutResult(status -> events.publishEvent(new CaseAssessed(caseId, listedUrl,
				"api.example.com", "example.com", "A", "BASELINE", true, "uk-iwf", 1, now.minusSeconds(60), now)));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> list.lookupsReady() && !list.lookupHashes(List.of(listedHash)).matches().isEmpty());
	}

	@Test
	void withoutAKeyOnlyTheSigningKeysAnswer() throws Exception {
		HttpResponse<String> refused = get("/api/v1/url-list", null);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(get("/api/v1/url-list/changes?since=1", null).statusCode()).isEqualTo(401);
		assertThat(post("/api/v1/url-list/lookup", "{\"hashes\":[]}", null).statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/url-list", "oh_" + "A".repeat(43)).statusCode()).isEqualTo(401);

		HttpResponse<String> published = get("/api/v1/url-list/signing-keys", null);
		assertThat(published.statusCode()).isEqualTo(200);
		JsonNode keys = JsonMapper.shared().readTree(published.body());
		assertThat(keys.get(0).get("current").asBoolean()).isTrue();
		assertThat(keys.get(0).get("algorithm").asString()).isEqualTo("Ed25519");
	}

	@Test
	void theWholeListCarriesAManifestThatVerifiesWithThePublishedKey() throws Exception {
		HttpResponse<String> answer = get("/api/v1/url-list", urlsKey);
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode body = JsonMapper.shared().readTree(answer.body());
		String manifest = body.get("manifest").asString();
		assertThat(verifies(manifest, body.get("signature").asString(), body.get("keyId").asString())).isTrue();
		assertThat(verifies(manifest.replace("\"entries\":", "\"entries\":1"), body.get("signature").asString(),
				body.get("keyId").asString())).as("a changed manifest does not verify").isFalse();

		JsonNode parsed = JsonMapper.shared().readTree(manifest);
		long version = parsed.get("version").asLong();
		assertThat(answer.headers().firstValue("ETag")).hasValue("W/\"" + version + "\"");
		assertThat(answer.headers().firstValue("Url-List-Manifest")).hasValue(manifest);
		List<String> hashes = body.get("items").valueStream().map(i -> i.get("sha256").asString()).toList();
		assertThat(parsed.get("entries").asLong()).isEqualTo(hashes.size());
		assertThat(parsed.get("checksum").asString()).as("the member's own checksum of its copy")
			.isEqualTo(checksum(hashes));
		assertThat(body.get("items").valueStream().filter(i -> i.get("sha256").asString().equals(listedHash)))
			.singleElement()
			.satisfies(item -> assertThat(item.get("url").asString()).isEqualTo(listedUrl));

		HttpResponse<String> unchanged = get("/api/v1/url-list", urlsKey, "If-None-Match", "\"" + version + "\"");
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();

		assertThat(jdbc.sql("SELECT last_version FROM list_member_fetch WHERE organisation_id = :id")
			.param("id", urlsMember.value())
			.query(Long.class)
			.single()).as("the member's freshness, without its address").isGreaterThanOrEqualTo(version);
	}

	@Test
	void everyFormatForAFullMemberAndOnlyHashesForAHashesMember() throws Exception {
		assertThat(get("/api/v1/url-list?format=text", urlsKey).body().lines()).contains(listedUrl);
		assertThat(get("/api/v1/url-list?format=sha256", urlsKey).body().lines()).contains(listedHash);
		HttpResponse<String> csv = get("/api/v1/url-list?format=csv", urlsKey);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(csv.body()).contains(listedHash + ",url,baseline," + listedUrl);
		HttpResponse<String> rpz = get("/api/v1/url-list?format=rpz", urlsKey);
		assertThat(rpz.statusCode()).isEqualTo(200);
		assertThat(rpz.body()).contains("SOA").contains("; manifest");
		assertThat(get("/api/v1/url-list?format=xml", urlsKey).statusCode()).isEqualTo(400);

		for (String format : List.of("csv", "text", "rpz")) {
			HttpResponse<String> refused = get("/api/v1/url-list?format=" + format, hashesKey);
			assertThat(refused.statusCode()).as(format).isEqualTo(403);
			assertThat(refused.body()).doesNotContain("example.com");
		}
		HttpResponse<String> hashesOnly = get("/api/v1/url-list", hashesKey);
		assertThat(hashesOnly.statusCode()).isEqualTo(200);
		assertThat(hashesOnly.body()).contains(listedHash).doesNotContain("api.example.com").doesNotContain("http");
		assertThat(get("/api/v1/url-list?format=sha256", hashesKey).body().lines()).contains(listedHash);
		long listedAt = jdbc.sql("SELECT version FROM list_change WHERE hash = decode(:h, 'hex')").param("h", listedHash)
			.query(Long.class).single();
		HttpResponse<String> changes = get("/api/v1/url-list/changes?since=" + (listedAt - 1), hashesKey);
		assertThat(changes.body()).contains(listedHash).doesNotContain("api.example.com");
	}

	@Test
	void changesSinceAVersionAreNotModifiedWhenNothingIsNewAndAResetWhenTooOld() throws Exception {
		long current = list.current().version();
		HttpResponse<String> none = get("/api/v1/url-list/changes?since=" + current, urlsKey);
		assertThat(none.statusCode()).isEqualTo(304);
		assertThat(none.body()).isEmpty();

		HttpResponse<String> some = get("/api/v1/url-list/changes?since=" + (current - 1), urlsKey);
		assertThat(some.statusCode()).isEqualTo(200);
		JsonNode body = JsonMapper.shared().readTree(some.body());
		assertThat(body.get("reset").asBoolean()).isFalse();
		assertThat(body.get("version").asLong()).isGreaterThanOrEqualTo(current);

		HttpResponse<String> future = get("/api/v1/url-list/changes?since=" + (current + 1000), urlsKey);
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(future.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(get("/api/v1/url-list/changes?since=abc", urlsKey).statusCode()).isEqualTo(400);
		assertThat(get("/api/v1/url-list/changes", urlsKey).statusCode()).isEqualTo(400);

		long before = list.current().version();
		for (int i = 0; i < 6; i++) {
			listed("https://behind.example.com/" + UUID.randomUUID());
		}
		HttpResponse<String> tooFar = get("/api/v1/url-list/changes?since=" + before, urlsKey);
		assertThat(JsonMapper.shared().readTree(tooFar.body()).get("reset").asBoolean())
			.as("6 changes behind, more than the 5 an answer carries").isTrue();

		long kept = jdbc.sql("SELECT changes_from FROM list_head").query(Long.class).single();
		try {
			jdbc.sql("UPDATE list_head SET changes_from = :v").param("v", current - 1).update();
			HttpResponse<String> reset = get("/api/v1/url-list/changes?since=0", urlsKey);
			assertThat(reset.statusCode()).isEqualTo(200);
			assertThat(JsonMapper.shared().readTree(reset.body()).get("reset").asBoolean()).isTrue();
		}
		finally {
			jdbc.sql("UPDATE list_head SET changes_from = :v").param("v", kept).update();
		}
	}

	@Test
	void lookupsByHashAndByAddress() throws Exception {
		String absent = sha256("absent.example.com/" + UUID.randomUUID());
		HttpResponse<String> byHash = post("/api/v1/url-list/lookup",
				"{\"hashes\":[\"" + absent + "\",\"" + listedHash.toUpperCase() + "\",\"not-a-hash\"]}", hashesKey);
		assertThat(byHash.statusCode()).isEqualTo(200);
		JsonNode answer = JsonMapper.shared().readTree(byHash.body());
		assertThat(answer.get("matches")).hasSize(1);
		assertThat(answer.get("matches").get(0).get("position").asInt()).isEqualTo(1);
		assertThat(answer.get("matches").get(0).get("sha256").asString()).isEqualTo(listedHash);
		assertThat(answer.get("unreadable").get(0).asInt()).isEqualTo(2);

		HttpResponse<String> byUrl = post("/api/v1/url-list/lookup",
				"{\"urls\":[\"HTTP://API.example.com/album/" + listedUrl.substring(listedUrl.lastIndexOf('/') + 1)
						+ "#top\",\"https://example.org/\"]}",
				urlsKey);
		JsonNode found = JsonMapper.shared().readTree(byUrl.body()).get("matches");
		assertThat(found).hasSize(1);
		assertThat(found.get(0).get("expression").asString()).isEqualTo(listedUrl.substring("https://".length()));
		// named as in the list and its changes
		assertThat(found.get(0).get("scope").asString()).isEqualTo("url");
		assertThat(found.get(0).get("category").asString()).isEqualTo("baseline");

		// curl -d without a Content-Type sends a form: refused as a problem, saying what to send
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri("/api/v1/url-list/lookup"))
			.header("Authorization", "Bearer " + urlsKey)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("{\"hashes\":[]}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(form.statusCode()).isEqualTo(415);
		assertThat(form.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(form.body()).contains("application/json");

		assertThat(post("/api/v1/url-list/lookup", "{}", urlsKey).statusCode()).isEqualTo(400);
		for (HttpResponse<String> unknown : List.of(get("/api/v1/url-list/lookup", urlsKey), get("/api/v1/nothing", urlsKey),
				post("/api/v1/url-list/signing-keys", "{}", urlsKey))) {
			// an endpoint's path with another method: 405 and what it takes; no endpoint: 404
			assertThat(unknown.statusCode()).isEqualTo(unknown.uri().getPath().equals("/api/v1/nothing") ? 404 : 405);
			assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		}
		assertThat(get("/api/v1/url-list/lookup", urlsKey).headers().firstValue("Allow")).hasValue("POST");
		assertThat(post("/api/v1/url-list/lookup", "{\"hashes\":[], \"urls\":[]}", urlsKey).statusCode()).isEqualTo(400);
		assertThat(post("/api/v1/url-list/lookup", "not json", urlsKey).statusCode()).isEqualTo(400);
		StringBuilder tooMany = new StringBuilder("{\"hashes\":[");
		for (int i = 0; i <= 1000; i++) {
			tooMany.append(i == 0 ? "" : ",").append('"').append(absent).append('"');
		}
		HttpResponse<String> refused = post("/api/v1/url-list/lookup", tooMany + "]}", urlsKey);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("1000");
	}

	@Test
	void aNodeStreamsOnlySoManyWholeListsAtOnceAndTellsTheOthersToComeBack() throws Exception {
		List<UrlList.DownloadSlot> taken = new java.util.ArrayList<>();
		try {
			for (var slot = list.downloadSlot(); slot.isPresent(); slot = list.downloadSlot()) {
				taken.add(slot.get());
			}
			assertThat(taken).as("the default number of downloads at once").hasSize(4);
			HttpResponse<String> busy = get("/api/v1/url-list", urlsKey);
			assertThat(busy.statusCode()).isEqualTo(503);
			assertThat(busy.headers().firstValue("Retry-After")).isPresent();
			assertThat(busy.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
			assertThat(get("/api/v1/url-list/changes?since=1", urlsKey).statusCode()).as("changes need no slot").isEqualTo(200);
		}
		finally {
			taken.forEach(UrlList.DownloadSlot::close);
		}
		assertThat(get("/api/v1/url-list", urlsKey).statusCode()).isEqualTo(200);
	}

	@Test
	void aHostileRequestGetsAProblemNeitherA500NorItsOwnInputNorJavaNamesBack() throws Exception {
		HttpResponse<String> nullHash = post("/api/v1/url-list/lookup", "{\"hashes\":[null,\"" + listedHash + "\"]}",
				hashesKey);
		assertThat(nullHash.statusCode()).isEqualTo(200);
		JsonNode hashes = JsonMapper.shared().readTree(nullHash.body());
		assertThat(hashes.get("unreadable").get(0).asInt()).isEqualTo(0);
		assertThat(hashes.get("matches").get(0).get("position").asInt()).isEqualTo(1);
		HttpResponse<String> nullUrl = post("/api/v1/url-list/lookup", "{\"urls\":[null]}", urlsKey);
		assertThat(nullUrl.statusCode()).isEqualTo(200);
		assertThat(JsonMapper.shared().readTree(nullUrl.body()).get("unreadable").get(0).asInt()).isEqualTo(0);

		HttpResponse<String> script = get("/api/v1/url-list/changes?since=%3Cscript%3E", urlsKey);
		assertThat(script.statusCode()).isEqualTo(400);
		assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(script.body()).contains("since must be a whole number").doesNotContain("<script>", "java.", "Method parameter");
		assertThat(get("/api/v1/url-list/changes?since=9223372036854775808", urlsKey).body())
			.doesNotContain("9223372036854775808", "java.");
		assertThat(get("/api/v1/url-list/changes", urlsKey).body()).contains("since is missing").doesNotContain("long");
	}

	@Test
	void theListIsCompressedWhenTheMemberAsks() throws Exception {
		// above the 1 KB under which compressing is not worth it
		for (int i = 0; i < 12; i++) {
			listed("https://gzip.example.com/a/long/path/to/an/album/" + UUID.randomUUID());
		}
		HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(uri("/api/v1/url-list?format=csv"))
			.header("Authorization", "Bearer " + urlsKey)
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains(listedUrl);
		}
	}

	/** An address assessed as illegal, once it is on the list and this node's lookups find it. */
	private void listed(String url) {
		UUID caseId = UUID.randomUUID();
		String host = URI.create(url).getHost();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		transactions.executeWithoutResult(status -> events.publishEvent(new CaseAssessed(caseId, url, host,
				"example.com", "A", "BASELINE", true, "uk-iwf", 1, now.minusSeconds(60), now)));
		String hash = sha256(url.substring(url.indexOf("://") + 3));
		await().atMost(Duration.ofSeconds(20)).until(() -> !list.lookupHashes(List.of(hash)).matches().isEmpty());
	}

	private boolean verifies(String manifest, String signature, String keyId) throws Exception {
		JsonNode published = JsonMapper.shared().readTree(get("/api/v1/url-list/signing-keys", null).body());
		String pem = published.valueStream()
			.filter(k -> k.get("keyId").asString().equals(keyId))
			.findFirst()
			.orElseThrow()
			.get("pem")
			.asString();
		byte[] der = Base64.getMimeDecoder()
			.decode(pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""));
		PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
		// the JDK's Ed25519, not BouncyCastle's that signed
		Signature verifier = Signature.getInstance("Ed25519");
		verifier.initVerify(key);
		verifier.update(manifest.getBytes(StandardCharsets.UTF_8));
		return verifier.verify(Base64.getDecoder().decode(signature));
	}

	private static String checksum(List<String> hexHashes) throws Exception {
		var digest = java.security.MessageDigest.getInstance("SHA-256");
		hexHashes.stream()
			.map(HexFormat.of()::parseHex)
			.sorted(java.util.Arrays::compareUnsigned)
			.forEach(digest::update);
		return HexFormat.of().formatHex(digest.digest());
	}

	private static String sha256(String expression) {
		try {
			return HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(expression.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> get(String path, @Nullable String key, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String json, @Nullable String key) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
