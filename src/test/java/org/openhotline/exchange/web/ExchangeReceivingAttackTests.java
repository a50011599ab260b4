package org.openhotline.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openhotline.exchange.ReferralDocument;
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
 * The receiving end as another partner, or a partner's key holder, would attack it: a partner's
 * document replayed under another partner's key, two partners' references that collide, a
 * partner without a public key, a document with too many addresses or too many bytes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExchangeReceivingAttackTests {

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

	/** A partner hotline: its key to call us, its signing key (none: no public key configured). */
	record Partner(String apiKey, @Nullable Ed25519PrivateKeyParameters signingKey) {
	}

	@Test
	void aPartnersDocumentReplayedUnderAnotherPartnersKeyIsRefusedAndTheirReferencesDoNotCollide() throws Exception {
		Partner b = partner("Y2QFpbjkOTcGAl9d8pcG8lYxmB5n5yy0UoH2Eu+NuCk=");
		Partner c = partner("8QmW0a6a7bGf0JcVmx2mX9y5Ejk3YnYqdHWyFm7C6lY=");
		String reference = "SHARED-" + UUID.randomUUID();
		byte[] fromB = ReferralJson.write(document(reference, List.of("https://b.example.com/" + reference)));
		String signedByB = Ed25519Keys.sign(b.signingKey(), fromB);

		assertThat(post(c, fromB, signedByB).statusCode()).as("B's signature under C's key").isEqualTo(401);
		assertThat(received(reference)).isZero();

		HttpResponse<String> takenFromB = post(b, fromB, signedByB);
		byte[] fromC = ReferralJson.write(document(reference, List.of("https://c.example.com/" + reference)));
		HttpResponse<String> takenFromC = post(c, fromC, Ed25519Keys.sign(c.signingKey(), fromC));

		assertThat(takenFromB.statusCode()).isEqualTo(202);
		assertThat(takenFromC.statusCode()).isEqualTo(202);
		assertThat(takenFromC.body()).as("C's referral is not taken as B's").isNotEqualTo(takenFromB.body());
		assertThat(received(reference)).isEqualTo(2);
		assertThat(post(c, fromB, signedByB).statusCode()).as("nor is B's, once taken, under C's key").isEqualTo(401);
	}

	@Test
	void aPartnerWithoutAPublicKeyIsRefused() throws Exception {
		Partner keyless = partner(null);
		Ed25519PrivateKeyParameters anyKey = Ed25519Keys.privateKey("Y2QFpbjkOTcGAl9d8pcG8lYxmB5n5yy0UoH2Eu+NuCk=");
		byte[] body = ReferralJson.write(document("K-" + UUID.randomUUID(), List.of("https://k.example.com/")));

		assertThat(post(keyless, body, Ed25519Keys.sign(anyKey, body)).statusCode()).isEqualTo(403);
	}

	@Test
	void aSignedDocumentWithElevenAddressesOrTooManyBytesIsRefused() throws Exception {
		Partner b = partner("Y2QFpbjkOTcGAl9d8pcG8lYxmB5n5yy0UoH2Eu+NuCk=");
		String reference = "MANY-" + UUID.randomUUID();
		String ten = new String(ReferralJson.write(document(reference,
				IntStream.range(0, 10).mapToObj(i -> "https://many.example.com/" + i).toList())), StandardCharsets.UTF_8);
		byte[] eleven = ten.replace("\"https://many.example.com/9\"",
				"\"https://many.example.com/9\",\"https://many.example.com/10\"").getBytes(StandardCharsets.UTF_8);
		byte[] huge = ten.replace("\"https://many.example.com/9\"",
				"\"https://many.example.com/" + "x".repeat(300_000) + "\"").getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> tooMany = post(b, eleven, Ed25519Keys.sign(b.signingKey(), eleven));
		assertThat(tooMany.statusCode()).isEqualTo(422);
		assertThat(tooMany.body()).contains("invalid-referral");
		assertThat(post(b, huge, Ed25519Keys.sign(b.signingKey(), huge)).statusCode()).isEqualTo(413);
		assertThat(received(reference)).isZero();
	}

	private Partner partner(@Nullable String seed) {
		String name = "Hotline " + UUID.randomUUID();
		OrganisationId organisation = organisations.create(new NewOrganisation(name, OrganisationKind.HOTLINE, "ML",
				"Analysts", "analysts@hotline.example", ListLevel.HASHES), "test");
		Ed25519PrivateKeyParameters signingKey = seed == null ? null : Ed25519Keys.privateKey(seed);
		partners.add(new PartnerDetails(PartnerKind.HOTLINE, name, "ML", "reports@hotline.example", List.of("fr"),
				Channel.EMAIL, "", new PartnerExchange("https://hotline.example/api/v1/exchange/referrals",
						signingKey == null ? null : Ed25519Keys.base64(signingKey.generatePublicKey()), organisation.value())),
				"admin");
		return new Partner(keys.issue(organisation, EnumSet.of(ApiScope.EXCHANGE), null, "test").secret(), signingKey);
	}

	private static ReferralDocument document(String reference, List<String> addresses) {
		return ReferralDocument.of("hotline.example", reference, Instant.now(), addresses, "BASELINE",
				new ReferralDocument.Trace("ML", 64500L, "EXAMPLE-NET", List.of("192.0.2.10")));
	}

	private long received(String reference) {
		return jdbc.sql("SELECT count(*) FROM exchange_received WHERE sender_reference = :r")
			.param("r", reference)
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> post(Partner partner, byte[] body, String signature) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/exchange/referrals"))
			.header("Authorization", "Bearer " + partner.apiKey())
			.header("Content-Type", "application/json")
			.header("Signature-Ed25519", signature)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
