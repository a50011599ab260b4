package org.openhotline.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.exchange.ReferralDocument;
import org.openhotline.takedown.Channel;
import org.openhotline.takedown.PartnerDetails;
import org.openhotline.takedown.PartnerDirectory;
import org.openhotline.takedown.PartnerExchange;
import org.openhotline.takedown.PartnerKind;
import org.openhotline.takedown.ReferralByExchange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the host of the content controls (the length of its addresses, its network's name in
 * the registries) never keeps a referral from being sent, nor puts hidden characters on the
 * receiver's case page.
 */
@SpringBootTest
class ReferralsToSendTests {

	@Autowired
	ReferralsToSend referrals;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLongAddressAndANetworkNamedWithHiddenCharactersAreReferredAndReadBack() {
		UUID partner = partners.add(new PartnerDetails(PartnerKind.HOTLINE, "Hotline C " + UUID.randomUUID(), "ML",
				"reports@hotline-c.example", List.of("fr"), Channel.EMAIL, "",
				new PartnerExchange("https://hotline-c.example/api/v1/exchange/referrals", null, null)), "admin").id();
		String reference = "ACT-" + UUID.randomUUID();
		String address = "https://example.com/" + "long/".repeat(1000);

		referrals.on(new ReferralByExchange(UUID.randomUUID(), UUID.randomUUID(), partner,
				"https://hotline-c.example/api/v1/exchange/referrals", reference, address, "ML", 64500L,
				"EXAMPLE\u0085-\u202eTEN\u200b\u2028NET", List.of("192.0.2.10"), Instant.now()));

		// the listener runs on its own (asynchronously, in its own transaction)
		byte[] sent = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"SELECT document FROM exchange_outbox WHERE partner_id = :p AND sender_reference = :r")
			.param("p", partner)
			.param("r", reference)
			.query(byte[].class)
			.optional(), Optional::isPresent).orElseThrow();
		ReferralDocument read = ReferralJson.read(sent);
		assertThat(read.addresses()).containsExactly(address);
		assertThat(read.trace().network()).isEqualTo("EXAMPLE-TENNET");
	}

	@Test
	void aReceivedNetworkNameIsCleanedNotRefused() {
		String document = new String(ReferralJson.write(ReferralDocument.of("hotline-b.example", "B-1", Instant.now(),
				List.of("https://example.com/a"), "BASELINE", new ReferralDocument.Trace("ML", 64500L, "EXAMPLE-NET",
						List.of()))), StandardCharsets.UTF_8);

		for (String hidden : List.of("\\u0000", "\\u0085", "\\u202e", "\\u200b", "\\u2028", "\\ud800")) {
			ReferralDocument read = ReferralJson.read(document.replace("EXAMPLE-NET", "EXAMPLE" + hidden + "-NET")
				.getBytes(StandardCharsets.UTF_8));
			assertThat(read.trace().network()).as(hidden).isEqualTo("EXAMPLE-NET");
		}
		assertThat(ReferralJson.read(document.replace("\"EXAMPLE-NET\"", "\"\\u202e\"").getBytes(StandardCharsets.UTF_8))
			.trace()
			.network()).isNull();
	}
}
