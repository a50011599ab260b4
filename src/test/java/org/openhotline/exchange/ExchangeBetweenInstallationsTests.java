package org.openhotline.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openhotline.OpenHotlineApplication;
import org.openhotline.ShiftedClock;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.exchange.internal.OutcomeJson;
import org.openhotline.organisations.ApiKeys;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.Organisations;
import org.openhotline.portal.web.PortalHttpAccess;
import org.openhotline.shared.crypto.Ed25519Keys;
import org.openhotline.takedown.ActionKind;
import org.openhotline.takedown.Channel;
import org.openhotline.takedown.FirstNoticeSent;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.takedown.PartnerDetails;
import org.openhotline.takedown.PartnerDirectory;
import org.openhotline.takedown.PartnerExchange;
import org.openhotline.takedown.PartnerKind;
import org.openhotline.takedown.Proposal;
import org.openhotline.takedown.RemovalFigures;
import org.openhotline.takedown.TakedownAction;
import org.openhotline.takedown.TakedownCase;
import org.openhotline.takedown.Takedowns;
import org.openhotline.tracing.HostingFixtures;
import org.openhotline.triage.CaseArrival;
import org.openhotline.triage.CaseAssessed;
import org.openhotline.triage.CaseQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
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
 * e-mail goes to B; the delivery is the case's first notice. B reports its assessment and the
 * removal back; A shows them beside the referral, records the removal as confirmed by B and
 * counts it. Neither outbox is polled in time for the test (their polls are an hour apart):
 * what arrives was sent right after its commit, or retried when due. The context is closed
 * after the test: its schedules would otherwise keep sending the other hosting tests' notices
 * beside their own context.
 */
@DirtiesContext
class ExchangeBetweenInstallationsTests extends HostingFixtures {

	static final int RECEIVER_PORT = freePort();

	static final String RECEIVER_SEED = "Y2QFpbjkOTcGAl9d8pcG8lYxmB5n5yy0UoH2Eu+NuCk=";

	static final Ed25519PrivateKeyParameters RECEIVER_KEY = Ed25519Keys.privateKey(RECEIVER_SEED);

	/** B's own database, on the test run's PostgreSQL server beside A's. */
	static String receiverDatabase = "hotline_b_" + UUID.randomUUID().toString().replace("-", "");

	static @Nullable Runnable dropReceiverDatabase;

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

	@Autowired
	Organisations organisations;

	@Autowired
	ApiKeys apiKeys;

	@Autowired
	RemovalFigures figures;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	CaseQueries cases;

	@Autowired
	Environment environment;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void exchangeOutbox(DynamicPropertyRegistry registry) {
		registry.add("openhotline.exchange.outbox-enabled", () -> "true");
		registry.add("openhotline.exchange.installation-id", () -> "hotline-a.test");
		registry.add("openhotline.exchange.retry-first", () -> "1s");
		registry.add("openhotline.exchange.retry-max", () -> "2s");
		// the poll is only the fallback: sending after the commit and retrying when due must do
		registry.add("openhotline.exchange.poll-interval", () -> "1h");
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
	void aReferralToAPartnerThatIsDownIsDeliveredOnceItIsUpAndItsOutcomesComeBack() throws Exception {
		jdbc.sql("CREATE DATABASE " + receiverDatabase).update();
		dropReceiverDatabase = () -> jdbc.sql("DROP DATABASE IF EXISTS " + receiverDatabase + " WITH (FORCE)").update();
		// A issues B a key to report outcomes with
		String name = "Hotline B " + UUID.randomUUID();
		OrganisationId hotlineBOrganisation = organisations.create(new NewOrganisation(name, OrganisationKind.HOTLINE, "DE",
				"Analysts", "analysts@hotline-b.example", ListLevel.HASHES), "test");
		String keyForB = apiKeys.issue(hotlineBOrganisation, EnumSet.of(ApiScope.EXCHANGE), null, "test").secret();
		// B knows A: an organisation with an exchange key, and A as a partner with A's public key and endpoint
		receiver = startReceiver();
		OrganisationId hotlineA = receiver.getBean(Organisations.class)
			.create(new NewOrganisation("Hotline A", OrganisationKind.HOTLINE, "ML", "Analysts", "analysts@hotline-a.example",
					ListLevel.HASHES), "test");
		String keyForA = receiver.getBean(ApiKeys.class).issue(hotlineA, EnumSet.of(ApiScope.EXCHANGE), null, "test").secret();
		UUID hotlineAAtB = receiver.getBean(PartnerDirectory.class)
			.add(new PartnerDetails(PartnerKind.HOTLINE, "Hotline A", "ML", "reports@hotline-a.example", List.of("fr"),
					Channel.EMAIL, "", new PartnerExchange("https://localhost:" + port + "/api/v1/exchange/referrals",
							signer.publicKey(), hotlineA.value(), keyForB)), "admin").id();
		receiver.close();

		// A knows B: its endpoint, the key B gave A, B's public key and the organisation B calls with
		PartnerContact hotlineB = partners.add(new PartnerDetails(PartnerKind.HOTLINE, name, "DE",
				"reports@hotline-b.example", List.of("en"), Channel.EMAIL, "",
				new PartnerExchange("https://localhost:" + RECEIVER_PORT + "/api/v1/exchange/referrals",
						Ed25519Keys.base64(RECEIVER_KEY.generatePublicKey()), hotlineBOrganisation.value(), keyForA)), "admin");
		PartnerContact hotlineC = null;
		try {
			// a case reported on A's portal and assessed there, hosted where B works
			OfficeHttp analyst = StaffSignIn.signedIn(port, Role.SUPERVISOR, "Ana Analyst", administration, enrolment, CLOCK);
			String address = "https://elsewhere.example/gallery/" + UUID.randomUUID();
			UUID caseId = reportedAndAssessed(analyst, address);
			TakedownAction referral = sendToB(caseId, name);
			String reference = referral.reference();
			// B is down: retried when due, not only when the outbox is polled
			await().atMost(Duration.ofSeconds(20)).until(() -> attempts(reference) >= 2);
			assertThat(state(reference)).isEqualTo("PENDING");
			assertThat(jdbc.sql("SELECT count(*) FROM notice_mail WHERE action_id = :id").param("id", referral.id())
				.query(Long.class).single()).as("no e-mail to a partner with an endpoint").isZero();
			assertThat(takedowns.overview(caseId).orElseThrow().kase().firstNoticeAt()).as("not delivered yet").isNull();
			assertThat(analyst.get("/office/cases/" + caseId + "/actions").body())
				.contains("Sent by exchange, not taken yet (", "Last error: not reached");

			receiver = startReceiver();
			await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(state(reference)));
			String theirs = jdbc.sql("SELECT receiver_reference FROM exchange_outbox WHERE sender_reference = :r")
				.param("r", reference).query(String.class).single();
			JdbcClient b = receiver.getBean(JdbcClient.class);
			assertThat(b.sql("SELECT description FROM report WHERE reference = :r").param("r", theirs).query(String.class).single())
				.startsWith("Referred by Hotline A (their reference " + reference + ", installation hotline-a.test)")
				.contains("Their assessment: ", "country DE");
			await().atMost(Duration.ofSeconds(20)).until(() -> caseAtB(theirs, address) != null);
			UUID caseAtB = Objects.requireNonNull(caseAtB(theirs, address));

			// taken by B: the case's first notice, as a mail leaving the outbox would be, told once
			Instant firstNotice = takedowns.overview(caseId).orElseThrow().kase().firstNoticeAt();
			assertThat(firstNotice).isNotNull();
			await().atMost(Duration.ofSeconds(20)).until(() -> firstNoticeSentPublications(caseId) > 0
					|| !firstNoticeInStatistics(caseId).isEmpty());
			await().atMost(Duration.ofSeconds(20)).until(() -> !firstNoticeInStatistics(caseId).isEmpty());
			assertThat(firstNoticeInStatistics(caseId)).containsExactly(firstNotice);

			// both up: a referral reaches B right after the analyst's send, with no poll to wait for
			UUID promptCase = assessedAsIllegal(events, transactions, "elsewhere.example", "elsewhere.example");
			String promptReference = sendToB(promptCase, name).reference();
			await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(state(promptReference)));

			// B's analyst assesses the case; B reports it (right after the commit: B's poll is an hour apart)
			Instant firstReportedAtB = CLOCK.instant().minusSeconds(60);
			CaseAssessed assessedAtB = new CaseAssessed(caseAtB, address, "elsewhere.example", "elsewhere.example", "A",
					"BASELINE", true, "uk-iwf", 1, firstReportedAtB, CLOCK.instant());
			TransactionTemplate transactionsAtB = receiver.getBean(TransactionTemplate.class);
			transactionsAtB.executeWithoutResult(status -> receiver.publishEvent(assessedAtB));
			await().atMost(Duration.ofSeconds(20)).until(() -> outcomes(reference).contains("ASSESSED:BASELINE"));
			assertThat(takedowns.isRemoved(caseId)).isFalse();
			// the same event delivered again queues nothing more at B
			transactionsAtB.executeWithoutResult(status -> receiver.publishEvent(assessedAtB));
			JdbcClient atB = receiver.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(20)).until(() -> atB.sql("""
					SELECT count(*) FROM event_publication WHERE event_type = :type AND serialized_event LIKE :case
					""").param("type", CaseAssessed.class.getName()).param("case", "%" + caseAtB + "%")
				.query(Long.class).single() == 0);
			assertThat(atB.sql("SELECT outcome FROM exchange_outbox WHERE kind = 'OUTCOME' AND sender_reference = :r")
				.param("r", reference).query(String.class).list()).containsExactly("ASSESSED:BASELINE");

			// B's analyst confirms the removal; A records it as confirmed by B, and counts it
			Instant reportedAt = takedowns.overview(caseId).orElseThrow().kase().firstReportedAt();
			assertThat(removedInFigures(reportedAt)).isZero();
			Instant removedAt = CLOCK.instant().truncatedTo(ChronoUnit.SECONDS);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> receiver.getBean(Takedowns.class).overview(caseAtB).isPresent());
			// B never proposes to refer the case back to A, which referred it
			Takedowns.Overview atBOverview = receiver.getBean(Takedowns.class).overview(caseAtB).orElseThrow();
			assertThat(java.util.stream.Stream.concat(atBOverview.proposals().stream(), atBOverview.alternatives().stream()))
				.extracting(Proposal::partnerId).doesNotContain(hotlineAAtB);
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> receiver.getBean(Takedowns.class)
					.plan(caseAtB, Set.of("HOTLINE_REFERRAL:" + hotlineAAtB)))
				.as("nor sends it back when asked")
				.isInstanceOf(org.openhotline.shared.validation.StepRefused.class);
			receiver.getBean(Takedowns.class).removed(caseAtB, removedAt, "analyst-b");
			await().atMost(Duration.ofSeconds(20)).until(() -> takedowns.isRemoved(caseId));
			TakedownCase removed = takedowns.overview(caseId).orElseThrow().kase();
			// the second B recorded (each side moves a time within that second up to its own first report or send)
			assertThat(removed.removedAt()).isNotNull();
			assertThat(removed.removedAt().truncatedTo(ChronoUnit.SECONDS)).isEqualTo(removedAt);
			assertThat(removed.removedBy()).isEqualTo(name);
			assertThat(outcomes(reference)).containsExactly("ASSESSED:BASELINE", "REMOVED");
			assertThat(removedInFigures(reportedAt)).isEqualTo(1);

			String page = analyst.get("/office/cases/" + caseId + "/actions").body();
			assertThat(page).contains("Taken by the partner&#39;s exchange, their reference " + theirs,
					"The partner assessed it as INTERPOL baseline:", "The partner confirmed it removed at:",
					"confirmed by " + name);

			// the same outcome again changes nothing
			byte[] sentRemoval = jdbc.sql("SELECT r.document FROM exchange_outcome r JOIN exchange_outbox o ON o.id = r.referral_id"
					+ " WHERE o.sender_reference = :r AND r.outcome = 'REMOVED'").param("r", reference).query(byte[].class).single();
			HttpResponse<String> again = postOutcome(keyForB, sentRemoval, Ed25519Keys.sign(RECEIVER_KEY, sentRemoval));
			assertThat(again.statusCode()).isEqualTo(202);
			assertThat(again.body()).contains("\"recorded\":false");
			assertThat(outcomes(reference)).containsExactly("ASSESSED:BASELINE", "REMOVED");
			assertThat(removedInFigures(reportedAt)).isEqualTo(1);
			assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'REMOVAL_CONFIRMED' AND target = :id")
				.param("id", caseId.toString()).query(Long.class).single()).isEqualTo(1);

			// a changed byte: refused before it is read, nothing stored
			byte[] tampered = OutcomeJson.write(OutcomeDocument.assessed("hotline-b.test", promptReference,
					receiverReference(promptReference), "NOT_ILLEGAL", CLOCK.instant()));
			String signature = Ed25519Keys.sign(RECEIVER_KEY, tampered);
			tampered = new String(tampered, StandardCharsets.UTF_8).replace("NOT_ILLEGAL", "BASELINE")
				.getBytes(StandardCharsets.UTF_8);
			HttpResponse<String> refused = postOutcome(keyForB, tampered, signature);
			assertThat(refused.statusCode()).isEqualTo(401);
			assertThat(refused.body()).contains("bad-signature");
			assertThat(outcomes(promptReference)).isEmpty();

			// an unknown reference
			HttpResponse<String> unknown = postSigned(keyForB, RECEIVER_KEY, OutcomeDocument.assessed("hotline-b.test",
					"TD-NOSUCH-REFER", "EXCHANGE-X", "BASELINE", CLOCK.instant()));
			assertThat(unknown.statusCode()).isEqualTo(404);
			assertThat(unknown.body()).contains("unknown-referral");

			// another partner hotline, with its own key and organisation, about the referral sent to B
			Ed25519PrivateKeyParameters keyOfC = Ed25519Keys.privateKey("aG90bGluZS1jLXRlc3Qtc2VlZC1vZi0zMi1ieXRlcyE=");
			OrganisationId hotlineCOrganisation = organisations.create(new NewOrganisation("Hotline C " + UUID.randomUUID(),
					OrganisationKind.HOTLINE, "FR", "Analysts", "analysts@hotline-c.example", ListLevel.HASHES), "test");
			String keyForC = apiKeys.issue(hotlineCOrganisation, EnumSet.of(ApiScope.EXCHANGE), null, "test").secret();
			hotlineC = partners.add(new PartnerDetails(PartnerKind.HOTLINE, "Hotline C " + UUID.randomUUID(), "FR",
					"reports@hotline-c.example", List.of("fr"), Channel.EMAIL, "",
					new PartnerExchange(null, Ed25519Keys.base64(keyOfC.generatePublicKey()), hotlineCOrganisation.value())),
					"admin");
			HttpResponse<String> notTheirs = postSigned(keyForC, keyOfC, OutcomeDocument.removed("hotline-c.test",
					promptReference, receiverReference(promptReference), CLOCK.instant(), CLOCK.instant()));
			assertThat(notTheirs.statusCode()).isEqualTo(404);
			assertThat(outcomes(promptReference)).isEmpty();
			assertThat(takedowns.isRemoved(promptCase)).isFalse();

			// a removal before the referral was sent, or in the future, is refused as the check form refuses it
			Instant sent = takedowns.overview(promptCase).orElseThrow().actions().get(0).createdAt();
			for (Instant wrong : List.of(sent.minusSeconds(60), CLOCK.instant().plus(Duration.ofHours(1)))) {
				HttpResponse<String> early = postSigned(keyForB, RECEIVER_KEY, OutcomeDocument.removed("hotline-b.test",
						promptReference, receiverReference(promptReference), wrong, CLOCK.instant()));
				assertThat(early.statusCode()).as(wrong.toString()).isEqualTo(422);
				assertThat(early.body()).contains("invalid-outcome");
			}
			assertThat(outcomes(promptReference)).isEmpty();
			assertThat(takedowns.isRemoved(promptCase)).isFalse();
		}
		finally {
			// the other tests of this run share A's database and its partner directory
			jdbc.sql("UPDATE partner_contact SET active = FALSE WHERE id = :id").param("id", hotlineB.id()).update();
			if (hotlineC != null) {
				jdbc.sql("UPDATE partner_contact SET active = FALSE WHERE id = :id").param("id", hotlineC.id()).update();
			}
		}
	}

	/** A case reported on the portal, assessed as illegal by the analyst and traced; its id. */
	private UUID reportedAndAssessed(OfficeHttp analyst, String address) throws Exception {
		new PortalHttpAccess(port).report(address);
		String caseId = CaseArrival.awaitCase(cases, address, CLOCK);
		analyst.get("/office/cases/" + caseId);
		analyst.post("/office/cases/" + caseId + "/claim");
		analyst.get("/office/cases/" + caseId);
		analyst.post("/office/cases/" + caseId + "/assess", "outcome", "CSAM_B", "ageBand", "11-13", "sexes", "FEMALE",
				"siteType", "IMAGE_HOST", "commercial", "false", "notes", "");
		return UUID.fromString(caseId);
	}

	/** The analyst sends the case's referral to B (the proposal of the partner where it is hosted). */
	private TakedownAction sendToB(UUID caseId, String name) {
		await().atMost(Duration.ofSeconds(20)).until(() -> takedowns.overview(caseId).isPresent());
		Takedowns.Overview overview = takedowns.overview(caseId).orElseThrow();
		Set<String> toB = overview.proposals()
			.stream()
			.filter(p -> p.kind() == ActionKind.HOTLINE_REFERRAL && name.equals(p.recipientName()))
			.map(Proposal::key)
			.collect(Collectors.toSet());
		assertThat(toB).hasSize(1);
		return takedowns.send(caseId, toB, "analyst-one").get(0);
	}

	private @Nullable UUID caseAtB(String reportReference, String url) {
		return receiver.getBean(JdbcClient.class).sql("""
				SELECT c.id FROM case_file c JOIN case_report cr ON cr.case_id = c.id JOIN report r ON r.id = cr.report_id
				WHERE r.reference = :r AND c.canonical_url = :url
				""").param("r", reportReference).param("url", url).query(UUID.class).optional().orElse(null);
	}

	private String receiverReference(String reference) {
		return jdbc.sql("SELECT receiver_reference FROM exchange_outbox WHERE sender_reference = :r")
			.param("r", reference).query(String.class).single();
	}

	private List<String> outcomes(String reference) {
		return jdbc.sql("""
				SELECT r.outcome_key FROM exchange_outcome r JOIN exchange_outbox o ON o.id = r.referral_id
				WHERE o.sender_reference = :r ORDER BY r.received_at
				""").param("r", reference).query(String.class).list();
	}

	private long removedInFigures(Instant firstReportedAt) {
		return figures.figures(firstReportedAt, firstReportedAt.plusNanos(1000), 10).all().removed();
	}

	private long firstNoticeSentPublications(UUID caseId) {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type = :type AND serialized_event LIKE :case")
			.param("type", FirstNoticeSent.class.getName())
			.param("case", "%" + caseId + "%")
			.query(Long.class)
			.single();
	}

	private List<Instant> firstNoticeInStatistics(UUID caseId) {
		return jdbc.sql("SELECT first_notice_at FROM stat_case WHERE case_id = :id AND first_notice_at IS NOT NULL")
			.param("id", caseId).query(Instant.class).list();
	}

	private HttpResponse<String> postSigned(String apiKey, Ed25519PrivateKeyParameters key, OutcomeDocument document)
			throws Exception {
		byte[] body = OutcomeJson.write(document);
		return postOutcome(apiKey, body, Ed25519Keys.sign(key, body));
	}

	private HttpResponse<String> postOutcome(String apiKey, byte[] body, String signature) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/exchange/outcomes"))
			.header("Authorization", "Bearer " + apiKey)
			.header("Content-Type", "application/json")
			.header(SignedReferral.SIGNATURE_HEADER, signature)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** B: its outbox sends outcomes to A (polled an hour apart); its clock is A's, as synchronised clocks are. */
	private ConfigurableApplicationContext startReceiver() {
		return new SpringApplicationBuilder(OpenHotlineApplication.class)
			.initializers(context -> ((GenericApplicationContext) context).registerBean("sharedClock", ShiftedClock.class,
					() -> CLOCK, definition -> definition.setPrimary(true)))
			.run("--server.port=" + RECEIVER_PORT,
				"--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url")
					.replaceFirst("/[^/?]+(\\?|$)", "/" + receiverDatabase + "$1"),
				"--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
				"--spring.datasource.password=" + environment.getRequiredProperty("spring.datasource.password"),
				"--openhotline.exchange.signing-key=" + RECEIVER_SEED, "--openhotline.exchange.installation-id=hotline-b.test",
				"--openhotline.exchange.outbox-enabled=true", "--openhotline.exchange.poll-interval=1h",
				"--openhotline.exchange.allowed-insecure-endpoints=localhost:" + port);
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
