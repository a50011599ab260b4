package org.openhotline.takedown.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhotline.audit.AuditTrail;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.takedown.ActionKind;
import org.openhotline.takedown.ContentRemoved;
import org.openhotline.takedown.FirstNoticeSent;
import org.openhotline.takedown.EscalationLevel;
import org.openhotline.takedown.Proposal;
import org.openhotline.takedown.RemovalFigures;
import org.openhotline.takedown.TakedownAction;
import org.openhotline.takedown.Takedowns;
import org.openhotline.tracing.HostingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

/**
 * Takedown end to end inside the app: an assessment calls for action, the host is traced
 * against the loopback fixtures, the policy proposes, notices leave through the outbox to
 * GreenMail (also while it refuses mail), the clock re-notifies and escalates, removal stops
 * it, and the figures count it.
 */
@RecordApplicationEvents
class TakedownTests extends HostingFixtures {

	static GreenMail smtp;

	@Autowired
	Takedowns takedowns;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;


	@Autowired
	RemovalFigures figures;

	@Autowired
	AuditTrail audit;

	@Autowired
	DataSource dataSource;

	@Autowired
	Task<String> takedownClockTask;

	@Autowired
	ApplicationEvents recorded;

	@Autowired
	OutboxSender outbox;

	@BeforeAll
	static void startSmtp() {
		smtp = startedSmtpServer();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	private Takedowns.Overview ready(String host, String domain) {
		UUID caseId = assessedAsIllegal(events, transactions, host, domain);
		await().atMost(Duration.ofSeconds(20)).until(() -> takedowns.overview(caseId).isPresent());
		return takedowns.overview(caseId).orElseThrow();
	}

	private static Set<String> selected(Takedowns.Overview overview) {
		return overview.proposals().stream().filter(Proposal::selected).map(Proposal::key).collect(Collectors.toSet());
	}

	private List<MimeMessage> mailsOf(List<TakedownAction> actions) throws Exception {
		Set<String> references = actions.stream().map(TakedownAction::reference).collect(Collectors.toSet());
		List<MimeMessage> found = new java.util.ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (references.stream().anyMatch(r -> subject(message).contains(r))) {
				found.add(message);
			}
		}
		return found;
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void hostedAtHomeTheHostIsNotified() {
		Takedowns.Overview overview = ready("home.example", "home.example");

		assertThat(overview.trace().country()).isEqualTo("ML");
		assertThat(overview.proposals()).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(ActionKind.HOST_NOTICE);
			assertThat(p.recipientEmail()).isEqualTo("abus@hosting-ml.example");
			assertThat(p.selected()).isTrue();
		});
	}

	@Test
	void aRegistryAddressThatIsNotPlainNeverBecomesARecipient() {
		DNS.host("injected.example", "192.0.2.41");
		RDAP.answer("ip/192.0.2.41", org.openhotline.tracing.RdapFixtures.network("NET-192-0-2-41", "INJECTED", "ML",
				"Injector", "abuse@hosting-ml.example\\r\\nBcc: x@example.org"));

		Takedowns.Overview overview = ready("injected.example", "injected.example");

		assertThat(overview.proposals()).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(ActionKind.HOST_NOTICE);
			assertThat(p.recipientEmail()).isNull();
			assertThat(p.selected()).isFalse();
		});
		assertThat(overview.trace().problems()).contains("rdap: an email address that is not plain was left out");
	}

	@Test
	void hostedWhereAPartnerHotlineWorksTheHotlineGetsAReferral() {
		Takedowns.Overview overview = ready("www.hosting.example", "hosting.example");

		assertThat(overview.proposals()).anySatisfy(p -> {
			assertThat(p.kind()).isEqualTo(ActionKind.HOTLINE_REFERRAL);
			assertThat(p.recipientEmail()).isEqualTo("reports@hotline-fr.example");
			assertThat(p.language()).isEqualTo("fr");
			assertThat(p.selected()).isTrue();
		});
		assertThat(overview.proposals()).anySatisfy(p -> {
			assertThat(p.kind()).isEqualTo(ActionKind.HOST_NOTICE);
			assertThat(p.selected()).isFalse();
		});
	}

	@Test
	void hostedElsewhereTheHostAndTheInternationalContactAreWrittenTo() {
		Takedowns.Overview overview = ready("elsewhere.example", "elsewhere.example");

		assertThat(overview.proposals()).filteredOn(Proposal::selected)
			.extracting(Proposal::kind, Proposal::recipientEmail)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ActionKind.HOST_NOTICE, "abuse@hosting-de.example"),
					org.assertj.core.groups.Tuple.tuple(ActionKind.POLICE_REFERRAL, "referrals@international-police.example"));
	}

	@Test
	void withoutAPublicHostTheHomePoliceGetAReferral() {
		Takedowns.Overview overview = ready("nowhere.example", "nowhere.example");

		assertThat(overview.proposals()).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(ActionKind.POLICE_REFERRAL);
			assertThat(p.recipientEmail()).isEqualTo("cybercrime@police-ml.example");
		});
	}

	@Test
	void noticesLeaveOnceEachWithTheirReferenceAndNoContent() throws Exception {
		Takedowns.Overview overview = ready("elsewhere.example", "elsewhere.example");
		UUID caseId = overview.kase().caseId();

		List<TakedownAction> sent = takedowns.send(caseId, selected(overview), "analyst-one");

		assertThat(sent).hasSize(2);
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsOf(sent).size() == 2);
		MimeMessage notice = mailsOf(sent).stream()
			.filter(m -> address(m).equals("abuse@hosting-de.example"))
			.findFirst()
			.orElseThrow();
		String body = (String) notice.getContent();
		assertThat(body).contains(overview.kase().canonicalUrl()).contains("192.0.2.30").contains("AS64504")
			.contains("Test Hotline");
		assertThat(notice.getFrom()[0].toString()).isEqualTo("hotline@hotline.example");
		assertThat(notice.getHeader("Message-ID")[0]).endsWith("@hotline.example>");
		assertThat(jdbc.sql("SELECT message_id FROM notice_mail WHERE action_id IN (:ids)")
			.param("ids", sent.stream().map(TakedownAction::id).toList())
			.query(String.class)
			.list()).contains(notice.getHeader("Message-ID")[0]);
		// the batch commits after the SMTP server took the mails: the first notice is written with it
		await().atMost(Duration.ofSeconds(20))
			.until(() -> takedowns.overview(caseId).orElseThrow().kase().firstNoticeAt() != null);
		// and told (FirstNoticeSent, at that moment): published in the same transaction, so it is in
		// the event registry now, still waiting, or already handled (the statistics then have the
		// time; StatisticsListenerTests checks how they record it). Asynchronous listeners of the
		// test context may be busy with other tests' events for a while: this test does not wait on them.
		Instant firstNotice = takedowns.overview(caseId).orElseThrow().kase().firstNoticeAt();
		boolean waiting = jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type = :type AND serialized_event LIKE :case")
			.param("type", FirstNoticeSent.class.getName())
			.param("case", "%" + caseId + "%")
			.query(Integer.class)
			.single() > 0;
		List<Instant> recorded = jdbc.sql("SELECT first_notice_at FROM stat_case WHERE case_id = :id AND first_notice_at IS NOT NULL")
			.param("id", caseId).query(Instant.class).list();
		assertThat(waiting || !recorded.isEmpty()).as("FirstNoticeSent published with the first notice").isTrue();
		assertThat(recorded).allSatisfy(at -> assertThat(at).isEqualTo(firstNotice));

		// a double click: nothing more is sent
		assertThatThrownBy(() -> takedowns.send(caseId, selected(overview), "analyst-one"))
			.isInstanceOfSatisfying(StepRefused.class, e -> assertThat(e.messageKey()).isEqualTo("takedown.error.already-sent"));
		Thread.sleep(1500);
		assertThat(mailsOf(sent)).hasSize(2);
		assertThat(audit.latest(20)).filteredOn(e -> e.action().equals("NOTICE_SENT") && e.target().equals(caseId.toString()))
			.hasSize(2);
		takedowns.removed(caseId, CLOCK.instant(), "analyst-one");
	}

	@Test
	void whileTheMailServerRefusesTheNoticeWaitsAndIsSentOnceItIsBack() throws Exception {
		Takedowns.Overview overview = ready("home.example", "home.example");
		UUID caseId = overview.kase().caseId();
		smtp.stop();
		List<TakedownAction> sent;
		try {
			sent = takedowns.send(caseId, selected(overview), "analyst-one");
			UUID actionId = sent.get(0).id();
			await().atMost(Duration.ofSeconds(20))
				.until(() -> jdbc.sql("SELECT attempts FROM notice_mail WHERE action_id = :id").param("id", actionId)
					.query(Integer.class).single() >= 2);
			assertThat(jdbc.sql("SELECT status FROM notice_mail WHERE action_id = :id").param("id", actionId)
				.query(String.class).single()).isEqualTo("PENDING");
		}
		finally {
			smtp = startedSmtpServer();
		}
		List<TakedownAction> actions = sent;
		await().atMost(Duration.ofSeconds(30)).until(() -> mailsOf(actions).size() == 1);
		Thread.sleep(1500);
		assertThat(mailsOf(actions)).hasSize(1);
		takedowns.removed(caseId, CLOCK.instant(), "analyst-one");
	}

	@Test
	void theClockNotifiesAgainThenEscalatesAndRemovalStopsIt() throws Exception {
		Takedowns.Overview overview = ready("elsewhere.example", "elsewhere.example");
		UUID caseId = overview.kase().caseId();
		List<TakedownAction> sent = takedowns.send(caseId, Set.of("HOST_NOTICE:host"), "analyst-one");
		UUID actionId = sent.get(0).id();
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsOf(sent).size() == 1);

		for (int tick = 1; tick <= 3; tick++) {
			CLOCK.advance(Duration.ofHours(25));
			int expected = tick + 1;
			await().atMost(Duration.ofSeconds(20)).until(() -> mailsOf(sent).size() == expected);
		}
		List<String> kinds = jdbc.sql("SELECT kind FROM notice_mail WHERE action_id = :id ORDER BY created_at")
			.param("id", actionId).query(String.class).list();
		assertThat(kinds).containsExactly("NOTICE", "RENOTICE", "RENOTICE", "ESCALATION");
		assertThat(mailsOf(sent).get(3).getAllRecipients()[0].toString()).isEqualTo("noc@transit-de.example");
		TakedownAction escalated = takedowns.overview(caseId).orElseThrow().actions().get(0);
		assertThat(escalated.level()).isEqualTo(EscalationLevel.UPSTREAM_NETWORK);
		assertThat(escalated.noticesSent()).isEqualTo(4);

		takedowns.checkedStillLive(caseId, CLOCK.instant(), "analyst-one");
		takedowns.removed(caseId, CLOCK.instant(), "analyst-one");

		assertThat(recorded.stream(ContentRemoved.class)).anyMatch(e -> e.caseId().equals(caseId));
		CLOCK.advance(Duration.ofHours(25));
		Thread.sleep(1500);
		assertThat(mailsOf(sent)).hasSize(4);
		assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_instance = :id").param("id", actionId.toString())
			.query(Integer.class).single()).isZero();
		assertThatThrownBy(() -> takedowns.removed(caseId, CLOCK.instant(), "analyst-one"))
			.isInstanceOf(StepRefused.class);
	}

	@Test
	void figuresGiveMediansAndSharesPerNetworkAndCountry() {
		java.time.Instant base = java.time.Instant.parse("2026-01-01T00:00:00Z");
		// four cases on one network: removed after 10 h, 30 h, 100 h, and one still online
		int[] removedAfterHours = { 10, 30, 100, -1 };
		for (int hours : removedAfterHours) {
			jdbc.sql("""
					INSERT INTO takedown_case (case_id, canonical_url, host, first_reported_at, assessed_at, country, asn,
					  first_notice_at, removed_at)
					VALUES (:id, 'https://figures.example/', 'figures.example', :first, :assessed, 'ZZ', 4200000001, :notice, :removed)
					""")
				.param("id", UUID.randomUUID())
				.param("first", java.sql.Timestamp.from(base))
				.param("assessed", java.sql.Timestamp.from(base.plus(Duration.ofHours(2))))
				.param("notice", java.sql.Timestamp.from(base.plus(Duration.ofHours(3))))
				.param("removed", hours < 0 ? null : java.sql.Timestamp.from(base.plus(Duration.ofHours(hours))))
				.update();
		}

		RemovalFigures.Figures all = figures.figures(1000);

		RemovalFigures.Line network = all.byNetwork().stream().filter(l -> "AS4200000001".equals(l.key())).findFirst().orElseThrow();
		assertThat(network.cases()).isEqualTo(4);
		assertThat(network.removed()).isEqualTo(3);
		assertThat(network.medianHoursToAssessment()).isEqualTo(2.0);
		assertThat(network.medianHoursToFirstNotice()).isEqualTo(3.0);
		assertThat(network.medianHoursToRemoval()).isEqualTo(30.0);
		assertThat(network.shareWithin24h()).isEqualTo(0.25);
		assertThat(network.shareWithin72h()).isEqualTo(0.5);
		assertThat(network.shareWithin7d()).isEqualTo(0.75);
		assertThat(all.byCountry()).anyMatch(l -> "ZZ".equals(l.key()) && l.cases() == 4);
		assertThat(all.all().cases()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void figuresNeverShowANegativeDuration() {
		java.time.Instant base = java.time.Instant.parse("2026-02-01T00:00:00Z");
		// recorded before the first report (older data): counts as no time at all; one still online stays out
		java.time.Instant[] removedAt = { base.minusSeconds(30), base.minusSeconds(1), null };
		for (java.time.Instant removed : removedAt) {
			jdbc.sql("""
					INSERT INTO takedown_case (case_id, canonical_url, host, first_reported_at, assessed_at, country, asn,
					  first_notice_at, removed_at)
					VALUES (:id, 'https://early.example/', 'early.example', :first, :assessed, 'ZY', 4200000002, :notice, :removed)
					""")
				.param("id", UUID.randomUUID())
				.param("first", java.sql.Timestamp.from(base))
				.param("assessed", java.sql.Timestamp.from(base.minusSeconds(5)))
				.param("notice", java.sql.Timestamp.from(base.minusSeconds(2)))
				.param("removed", removed == null ? null : java.sql.Timestamp.from(removed))
				.update();
		}

		RemovalFigures.Line network = figures.figures(1000).byNetwork().stream()
			.filter(l -> "AS4200000002".equals(l.key())).findFirst().orElseThrow();

		assertThat(network.cases()).isEqualTo(3);
		assertThat(network.removed()).isEqualTo(2);
		assertThat(Double.doubleToRawLongBits(network.medianHoursToRemoval())).as("exactly +0.0, not -0.0")
			.isEqualTo(Double.doubleToRawLongBits(0.0));
		assertThat(Double.doubleToRawLongBits(network.medianHoursToAssessment())).isEqualTo(Double.doubleToRawLongBits(0.0));
		assertThat(Double.doubleToRawLongBits(network.medianHoursToFirstNotice())).isEqualTo(Double.doubleToRawLongBits(0.0));
		assertThat(network.shareWithin24h()).isEqualTo(2.0 / 3);
	}

	@Test
	void twoSchedulersOnOneDatabaseRunEachTickOnce() throws Exception {
		int count = 12;
		List<UUID> actionIds = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			Takedowns.Overview overview = ready("elsewhere.example", "elsewhere.example");
			actionIds.add(takedowns.send(overview.kase().caseId(), Set.of("HOST_NOTICE:host"), "analyst-one").get(0).id());
		}
		// two nodes on a table of their own (the app's scheduler keeps to its own table), each tick due now
		jdbc.sql("CREATE TABLE IF NOT EXISTS two_node_tasks (LIKE scheduled_tasks INCLUDING ALL)").update();
		jdbc.sql("DELETE FROM two_node_tasks").update();
		Map<String, Integer> ticks = new ConcurrentHashMap<>();
		Task<String> counted = com.github.kagkarlsson.scheduler.task.helper.Tasks.custom("takedown-clock", String.class)
			.execute((instance, context) -> {
				ticks.merge(instance.getId(), 1, Integer::sum);
				return takedownClockTask.execute(instance, context);
			});
		SchedulerClient client = SchedulerClient.Builder.create(dataSource, counted).tableName("two_node_tasks").build();
		java.time.Instant now = CLOCK.instant();
		for (UUID id : actionIds) {
			client.schedule(counted.instance(id.toString(), id.toString()), now);
		}
		Scheduler first = node(counted, "node-a");
		Scheduler second = node(counted, "node-b");
		first.start();
		second.start();
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> ticks.size() == count);
			Thread.sleep(1000);
		}
		finally {
			first.stop();
			second.stop();
		}
		assertThat(ticks.values()).containsOnly(1);
		for (UUID id : actionIds) {
			assertThat(jdbc.sql("SELECT count(*) FROM notice_mail WHERE action_id = :id AND kind = 'RENOTICE'")
				.param("id", id).query(Integer.class).single()).as("re-notices of %s", id).isEqualTo(1);
		}
		for (UUID id : actionIds) {
			UUID caseId = jdbc.sql("SELECT case_id FROM takedown_action WHERE id = :id").param("id", id).query(UUID.class).single();
			takedowns.removed(caseId, CLOCK.instant(), "analyst-one");
		}
	}

	@Test
	void twoNodesSendingTheOutboxAtOnceSendEachMailOnce() throws Exception {
		smtp.stop();
		List<TakedownAction> sent = new java.util.ArrayList<>();
		try {
			for (int i = 0; i < 10; i++) {
				Takedowns.Overview overview = ready("elsewhere.example", "elsewhere.example");
				sent.addAll(takedowns.send(overview.kase().caseId(), selected(overview), "analyst-one"));
			}
			// while the server refuses mail, every mail waits; then all of them are due at once
			await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
					"SELECT count(*) FROM notice_mail WHERE action_id IN (:ids) AND attempts >= 1")
				.param("ids", sent.stream().map(TakedownAction::id).toList())
				.query(Integer.class)
				.single() == sent.size());
		}
		finally {
			smtp = startedSmtpServer();
		}
		jdbc.sql("UPDATE notice_mail SET next_attempt_at = now() - interval '1 hour' WHERE action_id IN (:ids) AND status = 'PENDING'")
			.param("ids", sent.stream().map(TakedownAction::id).toList())
			.update();
		// this test's two "nodes" and the app's own outbox run race for the same rows
		java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var first = nodes.submit(outbox::sendDue);
			var second = nodes.submit(outbox::sendDue);
			first.get();
			second.get();
		}
		finally {
			nodes.shutdown();
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsOf(sent).size() == sent.size());
		Thread.sleep(1500);
		assertThat(mailsOf(sent)).hasSize(sent.size());
		assertThat(mailsOf(sent).stream().map(m -> {
			try {
				return m.getHeader("Message-ID")[0];
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		})).doesNotHaveDuplicates();
		for (UUID caseId : sent.stream().map(TakedownAction::caseId).distinct().toList()) {
			takedowns.removed(caseId, CLOCK.instant(), "analyst-one");
		}
	}

	private Scheduler node(Task<String> task, String name) {
		return Scheduler.create(dataSource, task)
			.tableName("two_node_tasks")
			.schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed(name))
			.threads(4)
			.pollingInterval(Duration.ofMillis(50))
			.clock(CLOCK::instant)
			.build();
	}

	private static String address(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
