package org.openhotline.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openhotline.exchange.ExchangeSigner;
import org.openhotline.exchange.ReferralDocument;
import org.openhotline.takedown.Channel;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.takedown.PartnerDetails;
import org.openhotline.takedown.PartnerDirectory;
import org.openhotline.takedown.PartnerExchange;
import org.openhotline.takedown.PartnerKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

/**
 * What the outbox does with a receiver's answer: a reference read from the start of an
 * answer that never ends (never the whole of it: the request's time-out stops at the headers), and a document the receiver refuses for good (422) given up
 * at once instead of retried for days.
 */
@SpringBootTest
class ExchangeDeliveryTests {

	static HttpServer receiver;

	static final AtomicReference<Answer> ANSWER = new AtomicReference<>();

	static final AtomicInteger CALLS = new AtomicInteger();

	/** {@code endless}: the body goes on (chunked) until the sender stops reading. */
	record Answer(int status, byte[] body, boolean endless) {

		Answer(int status, byte[] body) {
			this(status, body, false);
		}
	}

	@BeforeAll
	static void startReceiver() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/", exchange -> {
			CALLS.incrementAndGet();
			exchange.getRequestBody().readAllBytes();
			Answer answer = ANSWER.get();
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(answer.status(), answer.endless() ? 0 : answer.body().length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer.body());
				byte[] padding = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
				for (long sent = 0; answer.endless() && sent < 64L * 1024 * 1024 * 1024; sent += padding.length) {
					out.write(padding);
				}
			}
			catch (IOException ex) {
				// the sender stopped reading: what this test wants
			}
		});
		receiver.start();
	}

	@AfterAll
	static void stopReceiver() {
		receiver.stop(0);
	}

	@DynamicPropertySource
	static void insecureReceiver(DynamicPropertyRegistry registry) {
		registry.add("openhotline.exchange.allowed-insecure-endpoints",
				() -> "localhost:" + receiver.getAddress().getPort());
	}

	@Autowired
	ExchangeDelivery delivery;

	@Autowired
	ExchangeOutbox outbox;

	@Autowired
	ExchangeSigner signer;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	JdbcClient jdbc;

	/** The other tests of this run share the partner directory: a hotline left active would get their referrals. */
	@AfterEach
	void deactivatePartners() {
		jdbc.sql("UPDATE partner_contact SET active = FALSE WHERE id = ANY(:ids)")
			.param("ids", added.toArray(UUID[]::new))
			.update();
		added.clear();
	}

	final List<UUID> added = new java.util.ArrayList<>();

	@Test
	@Timeout(60)
	void theReferenceIsReadFromTheStartOfAnAnswerThatNeverEnds() {
		ANSWER.set(new Answer(202, "{\"reference\":\"EXCHANGE-7KQ2-9XDF-3M4P\",\"padding\":\"".getBytes(StandardCharsets.UTF_8),
				true));
		String reference = queue();

		delivery.sendDue();

		assertThat(row(reference, "state")).isEqualTo("SENT");
		assertThat(row(reference, "receiver_reference")).isEqualTo("EXCHANGE-7KQ2-9XDF-3M4P");
	}

	@Test
	void aDocumentTheReceiverRefusesForGoodIsGivenUpAtOnce() {
		ANSWER.set(new Answer(422, "{\"type\":\"invalid-referral\"}".getBytes(StandardCharsets.UTF_8)));
		String reference = queue();
		int before = CALLS.get();

		delivery.sendDue();

		assertThat(CALLS.get() - before).isEqualTo(1);
		assertThat(row(reference, "state")).isEqualTo("FAILED");
		assertThat(row(reference, "last_error")).isEqualTo("answered 422");
		assertThat(row(reference, "attempts")).isEqualTo("1");
	}

	@Test
	void aReceiverThatFailsForTheMomentIsTriedAgain() {
		ANSWER.set(new Answer(503, new byte[0]));
		String reference = queue();

		delivery.sendDue();

		assertThat(row(reference, "state")).isEqualTo("PENDING");
		assertThat(row(reference, "last_error")).isEqualTo("answered 503");
	}

	private String queue() {
		PartnerContact partner = partners.add(new PartnerDetails(PartnerKind.HOTLINE, "Hotline " + UUID.randomUUID(), "DE",
				"reports@hotline-b.example", List.of("en"), Channel.EMAIL, "",
				new PartnerExchange("https://localhost:" + receiver.getAddress().getPort() + "/api/v1/exchange/referrals",
						null, null, "oh_test_key")), "admin");
		added.add(partner.id());
		String reference = "TD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		ReferralDocument document = ReferralDocument.of("hotline-a.test", reference, Instant.now(),
				List.of("https://elsewhere.example/" + reference), "BASELINE",
				new ReferralDocument.Trace("DE", null, null, List.of()));
		outbox.enqueue(partner.id(), UUID.randomUUID(), reference, partner.exchange().endpoint(), signer.sign(document),
				Instant.now().minusSeconds(1));
		return reference;
	}

	private String row(String reference, String column) {
		return jdbc.sql("SELECT CAST(" + column + " AS TEXT) FROM exchange_outbox WHERE sender_reference = :r")
			.param("r", reference)
			.query(String.class)
			.single();
	}
}
