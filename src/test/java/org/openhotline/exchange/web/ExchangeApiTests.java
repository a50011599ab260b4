package org.openhotline.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.exchange.ReferralDocument;
import org.openhotline.exchange.ExchangeSigner;
import org.openhotline.exchange.internal.ReferralJson;
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

/**
 * A partner hotline's referral, signed with its key over the bytes sent, becomes a case
 * marked as referred by it, once per sender's reference; a changed byte, another key, a key
 * without the exchange scope or an organisation that is no partner are refused and nothing
 * is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExchangeApiTests {

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

	@Autowired
	ExchangeSigner signer;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	Clock clock;

	final HttpClient http = HttpClient.newHttpClient();

	final Ed25519PrivateKeyParameters partnerKey = Ed25519Keys.privateKey("Y2QFpbjkOTcGAl9d8pcG8lYxmB5n5yy0UoH2Eu+NuCk=");

	String exchangeKey;

	String listOnlyKey;

	String partnerName;

	@BeforeEach
	void aPartnerHotlineWithItsKeys() {
		partnerName = "Hotline B " + UUID.randomUUID();
		OrganisationId organisation = organisations.create(new NewOrganisation(partnerName, OrganisationKind.HOTLINE,
				"ML", "Analysts", "analysts@hotline-b.example", ListLevel.HASHES), "test");
		exchangeKey = keys.issue(organisation, EnumSet.of(ApiScope.EXCHANGE), null, "test").secret();
		listOnlyKey = keys.issue(organisation, EnumSet.of(ApiScope.URL_LIST), null, "test").secret();
		partners.add(new PartnerDetails(PartnerKind.HOTLINE, partnerName, "ML", "reports@hotline-b.example", List.of("fr"),
				Channel.EMAIL, "", new PartnerExchange("https://hotline-b.example/api/v1/exchange/referrals",
						Ed25519Keys.base64(partnerKey.generatePublicKey()), organisation.value())),
				"admin");
	}

	@Test
	void aSignedReferralBecomesACaseMarkedWithThePartnerOnce() throws Exception {
		String reference = "B-" + UUID.randomUUID();
		byte[] body = ReferralJson.write(document(reference, "https://referred.example.com/" + reference));
		HttpResponse<String> first = post(exchangeKey, body, Ed25519Keys.sign(partnerKey, body));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
		String ours = first.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
		assertThat(ours).startsWith("EXCHANGE-");

		HttpResponse<String> again = post(exchangeKey, body, Ed25519Keys.sign(partnerKey, body));
		assertThat(again.statusCode()).isEqualTo(202);
		assertThat(again.body()).isEqualTo(first.body());

		assertThat(jdbc.sql("SELECT count(*) FROM report WHERE reference = :r AND portal_slug = 'exchange'")
			.param("r", ours).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT description FROM report WHERE reference = :r").param("r", ours).query(String.class).single())
			.startsWith("Referred by " + partnerName + " (their reference " + reference)
			.contains("BASELINE", "country ML", "AS64500");
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				SELECT count(*) FROM case_report cr JOIN report r ON r.id = cr.report_id
				WHERE r.reference = :r AND cr.portal_slug = 'exchange'
				""").param("r", ours).query(Long.class).single() == 1);

		// the channel, and the partner with its reference, as analysts see them (not the slug 'exchange / en')
		assertThat(jdbc.sql("SELECT channel || ' ' || organisation_name || ' ' || organisation_reference FROM report WHERE reference = :r")
			.param("r", ours).query(String.class).single()).isEqualTo("EXCHANGE " + partnerName + " " + reference);
		String caseId = jdbc.sql("SELECT cr.case_id::text FROM case_report cr JOIN report r ON r.id = cr.report_id WHERE r.reference = :r")
			.param("r", ours).query(String.class).single();
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Awa Analyst", administration, enrolment, clock);
		String page = analyst.get("/office/cases/" + caseId).body();
		assertThat(page).contains("<td class=\"by-exchange\">Hotline exchange: " + partnerName + " (their reference " + reference + ")</td>",
				"Hotline exchange: " + partnerName + "</span>").doesNotContain("exchange / en");
		assertThat(analyst.get("/office/queue?portal=exchange").body()).contains("https://referred.example.com/" + reference,
				"Hotline exchange: " + partnerName);
	}

	@Test
	void aTamperedDocumentIsRefusedAndNothingStored() throws Exception {
		String reference = "B-" + UUID.randomUUID();
		byte[] body = ReferralJson.write(document(reference, "https://tampered.example.com/a"));
		String signature = Ed25519Keys.sign(partnerKey, body);
		byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("tampered.example.com", "tampered.example.org")
			.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> refused = post(exchangeKey, tampered, signature);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.body()).contains("bad-signature");

		Ed25519PrivateKeyParameters otherKey = Ed25519Keys.privateKey("8QmW0a6a7bGf0JcVmx2mX9y5Ejk3YnYqdHWyFm7C6lY=");
		assertThat(post(exchangeKey, body, Ed25519Keys.sign(otherKey, body)).statusCode()).isEqualTo(401);
		assertThat(post(exchangeKey, body, null).statusCode()).isEqualTo(401);
		assertThat(jdbc.sql("SELECT count(*) FROM exchange_received WHERE sender_reference = :r").param("r", reference)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM report WHERE description LIKE :d").param("d", "%" + reference + "%")
			.query(Long.class).single()).isZero();
	}

	@Test
	void aKeyWithoutTheExchangeScopeOrAnOrganisationThatIsNoPartnerIsRefused() throws Exception {
		byte[] body = ReferralJson.write(document("B-" + UUID.randomUUID(), "https://scope.example.com/a"));
		String signature = Ed25519Keys.sign(partnerKey, body);
		HttpResponse<String> noScope = post(listOnlyKey, body, signature);
		assertThat(noScope.statusCode()).isEqualTo(403);
		assertThat(noScope.headers().firstValue("Content-Type")).hasValue("application/problem+json");

		OrganisationId stranger = organisations.create(new NewOrganisation("Stranger " + UUID.randomUUID(),
				OrganisationKind.HOTLINE, "FR", "Analysts", "a@stranger.example", ListLevel.HASHES), "test");
		String strangerKey = keys.issue(stranger, EnumSet.of(ApiScope.EXCHANGE), null, "test").secret();
		assertThat(post(strangerKey, body, signature).statusCode()).isEqualTo(403);
		assertThat(post("oh_not-a-key", body, signature).statusCode()).isEqualTo(401);
	}

	@Test
	void aSignedDocumentThatIsNoReferralIsRefusedWith422() throws Exception {
		byte[] body = new String(ReferralJson.write(document("B-" + UUID.randomUUID(), "https://v2.example.com/")),
				StandardCharsets.UTF_8).replace("\"version\":1", "\"version\":2").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> refused = post(exchangeKey, body, Ed25519Keys.sign(partnerKey, body));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("invalid-referral", "version 2");

		byte[] notPublic = ReferralJson.write(document("B-" + UUID.randomUUID(), "http://10.0.0.1/a"));
		assertThat(post(exchangeKey, notPublic, Ed25519Keys.sign(partnerKey, notPublic)).statusCode()).isEqualTo(422);
	}

	@Test
	void theInstallationsPublicKeyIsOpenForPartnersToConfigure() throws Exception {
		HttpResponse<String> key = http.send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/exchange/signing-key")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(key.statusCode()).isEqualTo(200);
		assertThat(key.body()).contains("\"publicKey\":\"" + signer.publicKey() + "\"", "\"keyId\":\"" + signer.keyId() + "\"");
	}

	static ReferralDocument document(String reference, String address) {
		return ReferralDocument.of("hotline-b.example", reference, Instant.now(), List.of(address), "BASELINE",
				new ReferralDocument.Trace("ML", 64500L, "EXAMPLE-NET", List.of("192.0.2.10")));
	}

	private HttpResponse<String> post(String key, byte[] body, String signature) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/exchange/referrals"))
			.header("Authorization", "Bearer " + key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (signature != null) {
			request.header("Signature-Ed25519", signature);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
