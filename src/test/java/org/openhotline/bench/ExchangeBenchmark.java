package org.openhotline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openhotline.OpenHotlineApplication;
import org.openhotline.exchange.ExchangeSigner;
import org.openhotline.organisations.ApiKeys;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.Organisations;
import org.openhotline.takedown.ActionKind;
import org.openhotline.takedown.Channel;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.takedown.PartnerDetails;
import org.openhotline.takedown.PartnerDirectory;
import org.openhotline.takedown.PartnerExchange;
import org.openhotline.takedown.PartnerKind;
import org.openhotline.takedown.Proposal;
import org.openhotline.takedown.Takedowns;
import org.openhotline.tracing.HostingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hotline exchange's delivery times between two installations, each with a database of
 * its own (on one embedded PostgreSQL server, fsync on), with the exchange's production
 * settings (sending after each commit, the outbox polled as a fallback, first retry after 10 s): (1) with both up, the time from an analyst's send at A (the action
 * committed) to the case in B's queue, for each of {@code bench.referrals} referrals sent one
 * after another; (2) with B down, referrals wait in A's outbox; the time from B being up again
 * to each case in B's queue, beside the retry interval each was waiting out.
 */
@Tag("bench")
@DirtiesContext
@TestPropertySource(properties = { "openhotline.embedded-database.fsync=true", "logging.level.openhotline=WARN" })
class ExchangeBenchmark extends HostingFixtures {

	private static final int REFERRALS = Integer.getInteger("bench.referrals", 50);

	private static final int WHILE_DOWN = 5;

	static final int RECEIVER_PORT = freePort();

	static final String RECEIVER_SEED = "Y2QFpbjkOTcGAl9d8pcG8lYxmB5n5yy0UoH2Eu+NuCk=";

	static final String RECEIVER_DATABASE = "bench_hotline_b_" + UUID.randomUUID().toString().replace("-", "");

	static ConfigurableApplicationContext receiver;

	static Runnable dropReceiverDatabase;

	@Autowired
	org.springframework.core.env.Environment environment;

	@Autowired
	Takedowns takedowns;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	ExchangeSigner signer;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void exchangeOutbox(DynamicPropertyRegistry registry) {
		registry.add("openhotline.exchange.outbox-enabled", () -> "true");
		registry.add("openhotline.exchange.installation-id", () -> "hotline-a.test");
		registry.add("openhotline.exchange.allowed-insecure-endpoints", () -> "localhost:" + RECEIVER_PORT);
	}

	@AfterAll
	static void stopReceiver() {
		if (receiver != null) {
			receiver.close();
		}
		if (dropReceiverDatabase != null) {
			dropReceiverDatabase.run();
		}
	}

	@Test
	void referralDeliveryTimes() throws Exception {
		// B's database of its own, on the same server (fsync on)
		jdbc.sql("CREATE DATABASE " + RECEIVER_DATABASE).update();
		dropReceiverDatabase = () -> jdbc.sql("DROP DATABASE IF EXISTS " + RECEIVER_DATABASE + " WITH (FORCE)").update();
		receiver = startReceiver();
		OrganisationId hotlineA = receiver.getBean(Organisations.class)
			.create(new NewOrganisation("Hotline A", OrganisationKind.HOTLINE, "ML", "Analysts",
					"analysts@hotline-a.example", ListLevel.HASHES), "bench");
		String keyForA = receiver.getBean(ApiKeys.class).issue(hotlineA, EnumSet.of(ApiScope.EXCHANGE), null, "bench").secret();
		receiver.getBean(PartnerDirectory.class)
			.add(new PartnerDetails(PartnerKind.HOTLINE, "Hotline A", "ML", "reports@hotline-a.example", List.of("fr"),
					Channel.EMAIL, "", new PartnerExchange(null, signer.publicKey(), hotlineA.value())), "admin");
		String name = "Hotline B " + UUID.randomUUID();
		PartnerContact hotlineB = partners.add(new PartnerDetails(PartnerKind.HOTLINE, name, "DE",
				"reports@hotline-b.example", List.of("en"), Channel.EMAIL, "",
				new PartnerExchange("https://localhost:" + RECEIVER_PORT + "/api/v1/exchange/referrals", null, null,
						keyForA)), "admin");
		try {
			JdbcClient b = receiver.getBean(JdbcClient.class);
			// warm-up: both sides' code paths
			for (int i = 0; i < 5; i++) {
				deliveredWithin(b, sendReferral(name));
			}
			double[] upTimes = new double[REFERRALS];
			for (int i = 0; i < REFERRALS; i++) {
				upTimes[i] = deliveredWithin(b, sendReferral(name));
			}

			receiver.close();
			List<Sent> whileDown = new ArrayList<>();
			for (int i = 0; i < WHILE_DOWN; i++) {
				whileDown.add(sendReferral(name));
			}
			// each has been tried and refused at least once, and waits for its retry
			await().atMost(Duration.ofMinutes(2)).until(() -> whileDown.stream().allMatch(s -> attempts(s.reference()) >= 1));
			Thread.sleep(3_000);
			List<Double> waits = whileDown.stream().map(s -> pendingWaitMillis(s.reference())).toList();
			long upAgain = System.nanoTime();
			receiver = startReceiver();
			double started = (System.nanoTime() - upAgain) / 1e6;
			long ready = System.nanoTime();
			JdbcClient b2 = receiver.getBean(JdbcClient.class);
			double[] afterUp = new double[WHILE_DOWN];
			for (int i = 0; i < WHILE_DOWN; i++) {
				Sent sent = whileDown.get(i);
				await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() -> caseAt(b2, sent) > 0);
				afterUp[i] = Math.max(afterUp[i], (System.nanoTime() - ready) / 1e6);
			}

			Percentiles up = new Percentiles(upTimes);
			Percentiles down = new Percentiles(afterUp);
			System.out.println("### exchange delivery (ms)");
			System.out.println("| phase | referrals | p50 | p95 | p99 | max |");
			System.out.println("|---|---|---|---|---|---|");
			System.out.println(up.row("both up: send at A → case in B's queue"));
			System.out.println(down.row("B back: B ready → case in B's queue"));
			System.out.printf("B took %.0f ms to start; each referral's next attempt was then due in %s ms%n", started,
					waits.stream().map(w -> String.format("%.0f", w)).collect(Collectors.joining(", ")));
			assertThat(afterUp).hasSize(WHILE_DOWN);
		}
		finally {
			jdbc.sql("UPDATE partner_contact SET active = FALSE WHERE id = :id").param("id", hotlineB.id()).update();
		}
	}

	record Sent(String reference, UUID caseId, long sentAt) {
	}

	private Sent sendReferral(String partnerName) {
		UUID caseId = assessedAsIllegal(events, transactions, "elsewhere.example", "elsewhere.example");
		await().atMost(Duration.ofSeconds(30)).until(() -> takedowns.overview(caseId).isPresent());
		Set<String> toB = takedowns.overview(caseId)
			.orElseThrow()
			.proposals()
			.stream()
			.filter(p -> p.kind() == ActionKind.HOTLINE_REFERRAL && partnerName.equals(p.recipientName()))
			.map(Proposal::key)
			.collect(Collectors.toSet());
		String reference = takedowns.send(caseId, toB, "bench").get(0).reference();
		return new Sent(reference, caseId, System.nanoTime());
	}

	/** Milliseconds from the send's commit to the case in B's queue. */
	private double deliveredWithin(JdbcClient b, Sent sent) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> caseAt(b, sent) > 0);
		return (System.nanoTime() - sent.sentAt()) / 1e6;
	}

	private static long caseAt(JdbcClient b, Sent sent) {
		return b.sql("SELECT count(*) FROM case_file WHERE canonical_url = :url")
			.param("url", "https://elsewhere.example/gallery/" + sent.caseId())
			.query(Long.class)
			.single();
	}

	private int attempts(String reference) {
		return jdbc.sql("SELECT coalesce(max(attempts), 0) FROM exchange_outbox WHERE sender_reference = :r")
			.param("r", reference).query(Integer.class).single();
	}

	/** How long the referral has still to wait for its next attempt, on the app's clock. */
	private double pendingWaitMillis(String reference) {
		java.time.Instant next = jdbc.sql("SELECT next_attempt_at FROM exchange_outbox WHERE sender_reference = :r")
			.param("r", reference)
			.query(java.time.Instant.class)
			.single();
		return Duration.between(CLOCK.instant(), next).toMillis();
	}

	private ConfigurableApplicationContext startReceiver() {
		return new SpringApplicationBuilder(OpenHotlineApplication.class).run("--server.port=" + RECEIVER_PORT,
				"--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url")
					.replaceFirst("/[^/?]+(\\?|$)", "/" + RECEIVER_DATABASE + "$1"),
				"--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
				"--spring.datasource.password=" + environment.getRequiredProperty("spring.datasource.password"),
				"--logging.level.openhotline=WARN",
				"--openhotline.exchange.signing-key=" + RECEIVER_SEED, "--openhotline.exchange.installation-id=hotline-b.test");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
