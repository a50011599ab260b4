package org.openhotline.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openhotline.OpenHotlineApplication;
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
import org.openhotline.takedown.TakedownAction;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two installations, each with its own database and keys: this test's context (hotline A)
 * sends a referral to hotline B, an application context of its own on its own embedded
 * PostgreSQL. B is down when A sends: the referral waits in A's outbox, and once B is up a
 * retry delivers it; B makes a case marked as referred by A, and A keeps B's reference. No
 * e-mail goes to B. The context is closed after the test: its schedules would otherwise keep
 * sending the other hosting tests' notices beside their own context.
 */
@DirtiesContext
class ExchangeBetweenInstallationsTests extends HostingFixtures {

	static final int RECEIVER_PORT = freePort();

	static final String RECEIVER_SEED = "Y2QFpbjkOTcGAl9d8pcG8lYxmB5n5yy0UoH2Eu+NuCk=";

	static Path receiverData;

	static ConfigurableApplicationContext receiver;

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
		registry.add("openhotline.exchange.retry-first", () -> "1s");
		registry.add("openhotline.exchange.retry-max", () -> "2s");
		registry.add("openhotline.exchange.poll-interval", () -> "300ms");
		registry.add("openhotline.exchange.allowed-insecure-endpoints", () -> "localhost:" + RECEIVER_PORT);
	}

	@AfterAll
	static void stopReceiver() throws IOException {
		if (receiver != null) {
			receiver.close();
		}
		if (receiverData != null) {
			// B's embedded database, stopped with its context
			try (var files = Files.walk(receiverData)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@Test
	void aReferralToAPartnerThatIsDownIsDeliveredOnceItIsUpAndBecomesACaseThere() throws Exception {
		receiverData = Files.createTempDirectory("openhotline-hotline-b");
		// B knows A: an organisation with an exchange key, and A as a partner with A's public key
		receiver = startReceiver();
		OrganisationId hotlineA = receiver.getBean(Organisations.class)
			.create(new NewOrganisation("Hotline A", OrganisationKind.HOTLINE, "ML", "Analysts", "analysts@hotline-a.example",
					ListLevel.HASHES), "test");
		String keyForA = receiver.getBean(ApiKeys.class).issue(hotlineA, EnumSet.of(ApiScope.EXCHANGE), null, "test").secret();
		receiver.getBean(PartnerDirectory.class)
			.add(new PartnerDetails(PartnerKind.HOTLINE, "Hotline A", "ML", "reports@hotline-a.example", List.of("fr"),
					Channel.EMAIL, "", new PartnerExchange(null, signer.publicKey(), hotlineA.value())), "admin");
		receiver.close();

		// A knows B: its endpoint and the key B gave A; B works where the case is hosted
		String name = "Hotline B " + UUID.randomUUID();
		PartnerContact hotlineB = partners.add(new PartnerDetails(PartnerKind.HOTLINE, name, "DE",
				"reports@hotline-b.example", List.of("en"), Channel.EMAIL, "",
				new PartnerExchange("https://localhost:" + RECEIVER_PORT + "/api/v1/exchange/referrals",
						null, null, keyForA)), "admin");
		try {
			UUID caseId = assessedAsIllegal(events, transactions, "elsewhere.example", "elsewhere.example");
			await().atMost(Duration.ofSeconds(20)).until(() -> takedowns.overview(caseId).isPresent());
			Takedowns.Overview overview = takedowns.overview(caseId).orElseThrow();
			Set<String> toB = overview.proposals()
				.stream()
				.filter(p -> p.kind() == ActionKind.HOTLINE_REFERRAL && name.equals(p.recipientName()))
				.map(Proposal::key)
				.collect(Collectors.toSet());
			assertThat(toB).hasSize(1);

			List<TakedownAction> sent = takedowns.send(caseId, toB, "analyst-one");
			String reference = sent.get(0).reference();
			await().atMost(Duration.ofSeconds(20)).until(() -> attempts(reference) >= 2);
			assertThat(state(reference)).isEqualTo("PENDING");
			assertThat(jdbc.sql("SELECT count(*) FROM notice_mail WHERE action_id = :id").param("id", sent.get(0).id())
				.query(Long.class).single()).as("no e-mail to a partner with an endpoint").isZero();

			receiver = startReceiver();
			await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(state(reference)));
			String theirs = jdbc.sql("SELECT receiver_reference FROM exchange_outbox WHERE sender_reference = :r")
				.param("r", reference).query(String.class).single();
			JdbcClient b = receiver.getBean(JdbcClient.class);
			assertThat(b.sql("SELECT description FROM report WHERE reference = :r").param("r", theirs).query(String.class).single())
				.startsWith("Referred by Hotline A (their reference " + reference + ", installation hotline-a.test)")
				.contains("Their assessment: BASELINE", "country DE");
			await().atMost(Duration.ofSeconds(20)).until(() -> b.sql("""
					SELECT count(*) FROM case_file c JOIN case_report cr ON cr.case_id = c.id JOIN report r ON r.id = cr.report_id
					WHERE r.reference = :r AND c.canonical_url = :url
					""").param("r", theirs).param("url", "https://elsewhere.example/gallery/" + caseId)
				.query(Long.class).single() == 1);
		}
		finally {
			// the other tests of this run share A's database and its partner directory
			jdbc.sql("UPDATE partner_contact SET active = FALSE WHERE id = :id").param("id", hotlineB.id()).update();
		}
	}

	private ConfigurableApplicationContext startReceiver() {
		return new SpringApplicationBuilder(OpenHotlineApplication.class).run("--server.port=" + RECEIVER_PORT,
				"--openhotline.embedded-database.directory=" + receiverData.resolve("postgres"),
				"--openhotline.exchange.signing-key=" + RECEIVER_SEED, "--openhotline.exchange.installation-id=hotline-b.test");
	}

	private int attempts(String reference) {
		return jdbc.sql("SELECT coalesce(max(attempts), 0) FROM exchange_outbox WHERE sender_reference = :r")
			.param("r", reference).query(Integer.class).single();
	}

	private String state(String reference) {
		return jdbc.sql("SELECT state FROM exchange_outbox WHERE sender_reference = :r")
			.param("r", reference).query(String.class).optional().orElse("none");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
