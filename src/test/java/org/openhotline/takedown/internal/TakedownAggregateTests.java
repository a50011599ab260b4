package org.openhotline.takedown.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.takedown.ActionKind;
import org.openhotline.takedown.ContentRemoved;
import org.openhotline.takedown.EscalationLevel;
import org.openhotline.takedown.Proposal;
import org.openhotline.takedown.TakedownAction;
import org.openhotline.takedown.TakedownCase;

/** The takedown aggregate alone: its guards, its clock's steps and its event, no Spring, no database. */
class TakedownAggregateTests {

	private static final Instant REPORTED = Instant.parse("2026-03-01T10:00:00.250Z");

	private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

	private static final Duration DAY = Duration.ofHours(24);

	private static final Proposal HOST = new Proposal(ActionKind.HOST_NOTICE, "Host", "abuse@host.example", "en", null,
			true, "policy.reason.home-country", false);

	private static final Proposal POLICE = new Proposal(ActionKind.POLICE_REFERRAL, "Police", "police@police.example",
			"fr", UUID.randomUUID(), true, "policy.reason.international", true);

	private static final Function<EscalationLevel, @Nullable Recipient> NOBODY = level -> null;

	private int references;

	private static Takedown fresh(@Nullable Instant firstNoticeAt) {
		return new Takedown(new TakedownCase(UUID.randomUUID(), "https://gallery.example/1", "gallery.example", REPORTED,
				REPORTED.plusSeconds(3600), null, "ML", 64500L, firstNoticeAt, null, null, null), List.of());
	}

	private List<TakedownAction> send(Takedown takedown, Proposal... proposals) {
		List<Proposal> offered = List.of(proposals);
		return takedown.send(offered, Set.copyOf(offered.stream().map(Proposal::key).toList()), "analyst", NOW, DAY,
				() -> "TD-" + (++references));
	}

	private static String refusal(Runnable step) {
		List<String> keys = new ArrayList<>();
		assertThatThrownBy(step::run).isInstanceOfSatisfying(StepRefused.class, e -> keys.add(e.messageKey()));
		return keys.get(0);
	}

	@Test
	void sendingMakesOneActionPerRecipientDueAfterTheInterval() {
		Takedown takedown = fresh(null);

		List<TakedownAction> made = send(takedown, HOST, POLICE);

		assertThat(made).extracting(TakedownAction::kind).containsExactly(ActionKind.HOST_NOTICE, ActionKind.POLICE_REFERRAL);
		assertThat(made).allSatisfy(a -> {
			assertThat(a.open()).isTrue();
			assertThat(a.level()).isEqualTo(EscalationLevel.HOST);
			assertThat(a.noticesSent()).isEqualTo(1);
			assertThat(a.nextDueAt()).isEqualTo(NOW.plus(DAY));
		});
		assertThat(takedown.added()).hasSize(2);
		assertThat(takedown.actions()).hasSize(2);
	}

	@Test
	void aSecondSendToTheSameRecipientsIsRefusedAndNothingChosenOrNotTracedToo() {
		Takedown takedown = fresh(null);
		send(takedown, HOST);

		assertThat(refusal(() -> send(takedown, HOST))).isEqualTo("takedown.error.already-sent");
		assertThat(refusal(() -> takedown.send(List.of(HOST), Set.of(), "analyst", NOW, DAY, () -> "TD-X")))
			.isEqualTo("takedown.error.nothing-chosen");
		assertThat(refusal(() -> takedown.send(null, Set.of(HOST.key()), "analyst", NOW, DAY, () -> "TD-X")))
			.isEqualTo("takedown.error.not-traced");
		assertThat(takedown.actions()).hasSize(1);
	}

	@Test
	void whatWasSentIsNeverSentAgainByHandEvenAfterItsNoticeEscalated() {
		Takedown takedown = fresh(null);
		TakedownAction notice = send(takedown, HOST).get(0);
		// the host notice went up to the upstream network: the host was written to all the same
		Takedown escalated = new Takedown(takedown.view(), List.of(new TakedownAction(notice.id(), notice.caseId(),
				notice.reference(), notice.kind(), EscalationLevel.UPSTREAM_NETWORK, "Transit", "noc@transit.example", "en",
				null, true, 4, 1, NOW.plus(DAY), "analyst", NOW, null, 3)),
				java.util.Map.of(notice.id(), Set.of("Abuse@Host.example", "noc@transit.example")));

		assertThat(escalated.sentAs(HOST)).map(TakedownAction::id).contains(notice.id());
		assertThat(escalated.sentAs(POLICE)).isEmpty();
		assertThat(refusal(() -> escalated.plan(List.of(HOST, POLICE), Set.of(HOST.key(), POLICE.key()))))
			.as("one of the chosen was sent: nothing is sent").isEqualTo("takedown.error.already-sent");
		assertThat(escalated.plan(List.of(HOST, POLICE), Set.of(POLICE.key()))).containsExactly(POLICE);
		Proposal newHost = new Proposal(ActionKind.HOST_NOTICE, "New host", "abuse@new-host.example", "en", null, true,
				"policy.reason.home-country", false);
		assertThat(escalated.sentAs(newHost)).as("a host found since is another recipient").isEmpty();
	}

	@Test
	void whatACheckPageShowedIsFingerprintedWithEveryDetailOfEveryRecipient() {
		String shown = Takedown.fingerprint(List.of(HOST, POLICE));

		assertThat(Takedown.fingerprint(List.of(HOST, POLICE))).isEqualTo(shown);
		assertThat(Takedown.fingerprint(List.of(HOST))).isNotEqualTo(shown);
		Proposal movedPolice = new Proposal(POLICE.kind(), POLICE.recipientName(), "other@police.example",
				POLICE.language(), POLICE.partnerId(), true, POLICE.reasonKey(), true);
		assertThat(Takedown.fingerprint(List.of(HOST, movedPolice))).isNotEqualTo(shown);
	}

	@Test
	void theRemovalTimeIsCheckedWithoutRecordingAnything() {
		Takedown takedown = fresh(null);

		assertThat(takedown.removalTime(NOW.minusSeconds(60), NOW)).isEqualTo(NOW.minusSeconds(60));
		assertThat(refusal(() -> takedown.removalTime(NOW.plusSeconds(3600), NOW))).isEqualTo("takedown.error.future");
		assertThat(takedown.status()).isEqualTo(Takedown.Status.OPEN);
		assertThat(takedown.takeEvents()).isEmpty();
	}

	@Test
	void removalStopsEveryClockAndRaisesContentRemovedOnce() {
		Takedown takedown = fresh(null);
		send(takedown, HOST, POLICE);
		Instant at = NOW.minusSeconds(600);

		List<TakedownAction> stopped = takedown.recordRemoval(at, "analyst", NOW);

		assertThat(stopped).hasSize(2);
		assertThat(takedown.status()).isEqualTo(Takedown.Status.REMOVED);
		assertThat(takedown.actions()).allSatisfy(a -> {
			assertThat(a.open()).isFalse();
			assertThat(a.closedAt()).isEqualTo(at);
		});
		assertThat(takedown.view().removedAt()).isEqualTo(at);
		assertThat(takedown.view().lastCheckedAt()).isEqualTo(at);
		assertThat(takedown.takeEvents()).singleElement().isInstanceOfSatisfying(ContentRemoved.class, e -> {
			assertThat(e.removedAt()).isEqualTo(at);
			assertThat(e.confirmedBy()).isEqualTo("analyst");
		});
		assertThat(takedown.takeEvents()).isEmpty();

		assertThat(refusal(() -> takedown.recordRemoval(at, "other", NOW))).isEqualTo("takedown.error.removed");
		assertThat(refusal(() -> takedown.recordCheck(at, NOW))).isEqualTo("takedown.error.removed");
		assertThat(refusal(() -> send(takedown, HOST))).isEqualTo("takedown.error.removed");
	}

	@Test
	void removalCannotPrecedeTheFirstReportNorTheFirstNoticeNorLieAheadOfTheClock() {
		Instant firstNotice = REPORTED.plus(Duration.ofHours(5)).plusMillis(700);
		Takedown takedown = fresh(firstNotice);

		StepRefused early = catchRefusal(() -> takedown.recordRemoval(REPORTED.minusSeconds(1), "analyst", NOW));
		assertThat(early.messageKey()).isEqualTo("takedown.error.before-first-report");
		assertThat(early.arguments()).containsExactly("2026-03-01 10:00:00 UTC");
		assertThat(refusal(() -> takedown.recordRemoval(firstNotice.minusSeconds(1), "analyst", NOW)))
			.isEqualTo("takedown.error.before-first-notice");
		assertThat(refusal(() -> takedown.recordRemoval(NOW.plusSeconds(61), "analyst", NOW)))
			.isEqualTo("takedown.error.future");
		assertThat(takedown.status()).isEqualTo(Takedown.Status.OPEN);
		assertThat(takedown.takeEvents()).isEmpty();

		// entered to the second: the first notice's own second stands for the notice itself
		takedown.recordRemoval(firstNotice.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), "analyst", NOW);
		assertThat(takedown.view().removedAt()).isEqualTo(firstNotice);
	}

	@Test
	void aCheckKeepsTheLatestTimeAndIsRefusedBeforeTheFirstReport() {
		Takedown takedown = fresh(null);

		takedown.recordCheck(NOW.minusSeconds(60), NOW);
		takedown.recordCheck(NOW.minusSeconds(3600), NOW);

		assertThat(takedown.view().lastCheckedAt()).isEqualTo(NOW.minusSeconds(60));
		assertThat(refusal(() -> takedown.recordCheck(REPORTED.minusSeconds(5), NOW)))
			.isEqualTo("takedown.error.before-first-report");
	}

	@Test
	void theFirstDeliveredNoticeIsKept() {
		Takedown takedown = fresh(null);

		takedown.noticeDelivered(NOW);
		takedown.noticeDelivered(NOW.plusSeconds(30));

		assertThat(takedown.view().firstNoticeAt()).isEqualTo(NOW);
	}

	@Test
	void theClockNotifiesAgainThenEscalatesSkippingLevelsWithNobodyNew() {
		Takedown takedown = fresh(null);
		UUID id = send(takedown, HOST).get(0).id();
		Function<EscalationLevel, @Nullable Recipient> chain = level -> switch (level) {
			// the upstream network has the host's own address: nobody new there
			case UPSTREAM_NETWORK -> new Recipient(level, "Same", "ABUSE@host.example", "en", null);
			case REGISTRAR -> new Recipient(level, "Registrar", "abuse@registrar.example", "en", null);
			default -> null;
		};

		List<Takedown.Mail> mails = new ArrayList<>();
		for (int tick = 1; tick <= 3; tick++) {
			takedown.tick(id, NOW, NOW.plus(DAY), 3, chain).ifPresent(mails::add);
		}

		assertThat(mails).extracting(Takedown.Mail::kind)
			.containsExactly(MailKind.RENOTICE, MailKind.RENOTICE, MailKind.ESCALATION);
		TakedownAction escalated = mails.get(2).action();
		assertThat(escalated.level()).isEqualTo(EscalationLevel.REGISTRAR);
		assertThat(escalated.recipientEmail()).isEqualTo("abuse@registrar.example");
		assertThat(escalated.noticesSent()).isEqualTo(4);
		assertThat(escalated.noticesAtLevel()).isEqualTo(1);
		assertThat(takedown.running(id)).isTrue();
	}

	@Test
	void withNobodyHigherTheSameRecipientIsNotifiedAgainAndLawEnforcementIsOnlyRemindedAbout() {
		Takedown takedown = fresh(null);
		UUID id = send(takedown, HOST).get(0).id();

		assertThat(takedown.tick(id, NOW, NOW.plus(DAY), 1, NOBODY)).get()
			.extracting(Takedown.Mail::kind)
			.isEqualTo(MailKind.RENOTICE);

		Function<EscalationLevel, @Nullable Recipient> police = level -> level == EscalationLevel.LAW_ENFORCEMENT
				? new Recipient(level, "Police", "police@police.example", "fr", null) : null;
		assertThat(takedown.tick(id, NOW, NOW.plus(DAY), 1, police)).get().satisfies(mail -> {
			assertThat(mail.kind()).isEqualTo(MailKind.ESCALATION);
			assertThat(mail.action().level()).isEqualTo(EscalationLevel.LAW_ENFORCEMENT);
		});
		Instant later = NOW.plus(DAY);
		assertThat(takedown.tick(id, later, later.plus(DAY), 1, police)).isEmpty();
		assertThat(takedown.actions()).singleElement().satisfies(a -> {
			assertThat(a.noticesSent()).isEqualTo(3);
			assertThat(a.nextDueAt()).isEqualTo(later.plus(DAY));
		});
	}

	@Test
	void aReferralsClockOnlyRemindsAndARemovedCasesClockStops() {
		Takedown takedown = fresh(null);
		List<TakedownAction> made = send(takedown, HOST, POLICE);
		UUID referral = made.get(1).id();

		assertThat(takedown.tick(referral, NOW, NOW.plus(DAY), 1, NOBODY)).isEmpty();
		assertThat(takedown.actions().get(1).noticesSent()).isEqualTo(1);
		assertThat(takedown.actions().get(1).nextDueAt()).isEqualTo(NOW.plus(DAY));

		Takedown removed = new Takedown(takedown.view(), takedown.actions());
		removed.recordRemoval(NOW, "analyst", NOW);
		Takedown reloaded = new Takedown(removed.view(), List.of(made.get(0)));
		assertThat(reloaded.tick(made.get(0).id(), NOW, NOW.plus(DAY), 1, NOBODY)).isEmpty();
		assertThat(reloaded.running(made.get(0).id())).isFalse();
		assertThat(reloaded.changed()).singleElement().satisfies(a -> assertThat(a.closedAt()).isEqualTo(NOW));
	}

	@Test
	void escalationLevelsGoFromTheHostToLawEnforcement() {
		assertThat(EscalationLevel.HOST.above()).containsExactly(EscalationLevel.UPSTREAM_NETWORK,
				EscalationLevel.REGISTRAR, EscalationLevel.LAW_ENFORCEMENT);
		assertThat(EscalationLevel.LAW_ENFORCEMENT.above()).isEmpty();
		assertThat(EscalationLevel.of(2)).isEqualTo(EscalationLevel.REGISTRAR);
	}

	private static StepRefused catchRefusal(Runnable step) {
		try {
			step.run();
		}
		catch (StepRefused e) {
			return e;
		}
		throw new AssertionError("not refused");
	}
}
