package org.openhotline.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openhotline.MutableClock;
import org.openhotline.intake.ReportReceived;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.validation.StepRefused.Refusal;
import org.openhotline.triage.internal.CaseRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The working loop on PostgreSQL: claim next (the top case of the person's filter, never the
 * same case for two people at once, never a second look at one's own assessment), release,
 * the counts of the queue, and a supervisor's bulk "duplicate of". Each test reports its
 * cases from a portal of its own, so that the other tests' cases in the database do not count.
 */
@SpringBootTest(properties = "openhotline.triage.second-assessment-share=0")
@RecordApplicationEvents
class QueueWorkflowTests {

	static final StaffRef AWA = new StaffRef(UUID.randomUUID(), "Awa", "awa");

	static final StaffRef BINTOU = new StaffRef(UUID.randomUUID(), "Bintou", "bintou");

	static final StaffRef SEYDOU = new StaffRef(UUID.randomUUID(), "Seydou", "seydou");

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		}
	}

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	CaseRepository cases;

	@Autowired
	CaseQueries queries;

	@Autowired
	ReporterStatusQuery reporterStatus;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void twoPeopleAskingForTheirNextCaseAtOnceGetTwoDifferentCases() throws Exception {
		String portal = portal();
		List<CaseId> made = List.of(newCase(portal, 0), newCase(portal, 0), newCase(portal, 0));
		QueueFilter filter = new QueueFilter(List.of(portal), null, null, false, false);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Optional<CaseId>> got;
		try {
			Future<Optional<CaseId>> awa = pool.submit(() -> {
				start.await();
				return workflow.claimNext(AWA, filter);
			});
			Future<Optional<CaseId>> bintou = pool.submit(() -> {
				start.await();
				return workflow.claimNext(BINTOU, filter);
			});
			start.countDown();
			got = List.of(awa.get(), bintou.get());
		}
		finally {
			pool.shutdown();
		}

		assertThat(got).allMatch(Optional::isPresent);
		assertThat(got.get(0)).isNotEqualTo(got.get(1));
		assertThat(made).contains(got.get(0).orElseThrow(), got.get(1).orElseThrow());
		assertThat(queries.find(got.get(0).orElseThrow()).orElseThrow().holder(clock.instant())).isEqualTo(AWA);
		assertThat(queries.find(got.get(1).orElseThrow()).orElseThrow().holder(clock.instant())).isEqualTo(BINTOU);
		assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE target = ? AND action = 'CASE_CLAIMED'")
			.param(got.get(0).orElseThrow().toString()).query(String.class).list()).containsExactly("CLAIMED (next)");
	}

	@Test
	void claimNextTakesTheTopCaseOfTheFilterAndNothingOutsideIt() {
		String portal = portal();
		String other = portal();
		CaseId young = newCase(portal, 0);
		CaseId old = newCase(portal, 3);
		CaseId mostReported = newCase(other, 0);
		joinAgain(mostReported, other);

		assertThat(workflow.claimNext(AWA, new QueueFilter(List.of(portal), null, Duration.ofDays(2), false, false)))
			.as("only cases first reported more than 2 days ago").contains(old);
		assertThat(workflow.claimNext(AWA, new QueueFilter(List.of(portal), CaseStatus.SECOND_ASSESSMENT, null, false, false)))
			.as("no case of the portal waits for a second look").isEmpty();
		assertThat(workflow.claimNext(AWA, new QueueFilter(List.of(portal, other), null, null, true, false)))
			.as("most reported first; a filter to one's own cases still claims a new one").contains(mostReported);
		assertThat(workflow.claimNext(AWA, new QueueFilter(List.of(portal), null, null, false, false))).contains(young);
		assertThat(workflow.claimNext(BINTOU, new QueueFilter(List.of(portal, other), null, null, false, false)))
			.as("every case of the filter is held").isEmpty();
	}

	@Test
	void theFirstAssessorIsNeverOfferedTheSecondLookNorAnyoneADisagreement() {
		String portal = portal();
		CaseId id = newCase(portal, 0);
		jdbc.sql("UPDATE case_file SET second_assessment = TRUE WHERE id = ?").param(id.value()).update();
		workflow.claim(id, AWA);
		assertThat(workflow.assess(id, AWA, illegal())).isEqualTo(CaseStatus.SECOND_ASSESSMENT);
		QueueFilter filter = new QueueFilter(List.of(portal), null, null, false, false);

		assertThat(workflow.claimNext(AWA, filter)).isEmpty();
		assertThat(workflow.claimNext(BINTOU, filter)).contains(id);
		workflow.assess(id, BINTOU, new AssessCase("NOT_ILLEGAL", null, List.of(), null, null, ""));
		assertThat(queries.find(id).orElseThrow().status()).isEqualTo(CaseStatus.DISAGREEMENT);
		assertThat(workflow.claimNext(SEYDOU, filter)).as("a supervisor settles it on the case page").isEmpty();
	}

	@Test
	void theHolderReleasesAClaimedCaseAndItIsNewAgainForAnyone() {
		String portal = portal();
		CaseId id = newCase(portal, 0);
		QueueFilter filter = new QueueFilter(List.of(portal), null, null, false, false);
		assertThat(workflow.claimNext(AWA, filter)).contains(id);

		assertThatThrownBy(() -> workflow.release(id, BINTOU)).hasMessage("case.error.not-yours");
		workflow.release(id, AWA);

		CaseView released = queries.find(id).orElseThrow();
		assertThat(released.status()).isEqualTo(CaseStatus.NEW);
		assertThat(released.holder(clock.instant())).isNull();
		assertThatThrownBy(() -> workflow.release(id, AWA)).hasMessage("case.error.not-releasable");
		assertThat(jdbc.sql("SELECT actor || ' ' || action || ' ' || details FROM audit_entry WHERE target = ? ORDER BY sequence")
			.param(id.toString()).query(String.class).list()).containsExactly("awa CASE_CLAIMED CLAIMED (next)",
					"awa CASE_RELEASED NEW");
		assertThat(workflow.claimNext(BINTOU, filter)).contains(id);
	}

	@Test
	void aReleasedSecondLookWaitsForAnotherSecondAssessor() {
		String portal = portal();
		CaseId id = newCase(portal, 0);
		jdbc.sql("UPDATE case_file SET second_assessment = TRUE WHERE id = ?").param(id.value()).update();
		workflow.claim(id, AWA);
		workflow.assess(id, AWA, illegal());
		workflow.claim(id, BINTOU);

		workflow.release(id, BINTOU);

		assertThat(queries.find(id).orElseThrow().status()).isEqualTo(CaseStatus.SECOND_ASSESSMENT);
		assertThat(workflow.claimNext(SEYDOU, new QueueFilter(List.of(portal), null, null, false, false))).contains(id);
	}

	@Test
	void theCountsArePerOpenStatusWithTheAgedOnesAndThePersonsOwnUpToACap() {
		StaffRef fanta = new StaffRef(UUID.randomUUID(), "Fanta", "fanta");
		Instant agedBefore = clock.instant().minus(Duration.ofHours(24));
		CaseRepository.Counts before = cases.counts(fanta.id(), clock.instant(), agedBefore, Integer.MAX_VALUE);
		String portal = portal();
		newCase(portal, 0);
		newCase(portal, 2);
		CaseId claimed = newCase(portal, 0);
		workflow.claim(claimed, fanta);
		CaseId closed = newCase(portal, 5);
		workflow.claim(closed, BINTOU);
		workflow.assess(closed, BINTOU, new AssessCase("NOT_ILLEGAL", null, List.of(), null, null, ""));

		CaseRepository.Counts after = cases.counts(fanta.id(), clock.instant(), agedBefore, Integer.MAX_VALUE);

		assertThat(after.byStatus().get(CaseStatus.NEW) - before.byStatus().get(CaseStatus.NEW)).isEqualTo(2);
		assertThat(after.byStatus().get(CaseStatus.CLAIMED) - before.byStatus().get(CaseStatus.CLAIMED)).isEqualTo(1);
		assertThat(after.byStatus().get(CaseStatus.DISAGREEMENT)).isEqualTo(before.byStatus().get(CaseStatus.DISAGREEMENT));
		assertThat(after.aged() - before.aged()).as("open and first reported more than 24 h ago").isEqualTo(1);
		assertThat(after.mine()).isEqualTo(1);
		assertThat(cases.counts(fanta.id(), clock.instant(), agedBefore, 1).byStatus()).as("counted up to the cap")
			.containsEntry(CaseStatus.NEW, 1).containsEntry(CaseStatus.CLAIMED, 1);
		QueueCounts shown = queries.counts(fanta.id(), clock.instant());
		assertThat(shown.mine()).isEqualTo(1);
		assertThat(shown.shown(QueueCounts.CAP)).isEqualTo("1000+");
		assertThat(shown.shown(999)).isEqualTo("999");
		assertThat(queries.portalsSeen()).contains(portal).isSorted();
		assertThat(queries.queue(new QueueFilter(List.of(portal), null, null, false, false), fanta.id(), clock.instant(), 0, 10))
			.extracting(CaseQueries.QueueLine::aged).containsExactlyInAnyOrder(false, true, false);
	}

	@Test
	void aSupervisorClosesChosenCasesAsDuplicatesOfAnOriginalNamedByItsAddress() {
		String portal = portal();
		CaseId original = newCase(portal, 0);
		CaseId first = newCase(portal, 0);
		CaseId second = newCase(portal, 0);
		workflow.claim(second, AWA);
		String originalAddress = queries.find(original).orElseThrow().canonicalUrl();

		workflow.closeAsDuplicates(List.of(first, second), " " + originalAddress + " ", SEYDOU);

		for (CaseId id : List.of(first, second)) {
			CaseView closed = queries.find(id).orElseThrow();
			assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
			assertThat(closed.outcome()).isEqualTo("DUPLICATE");
			assertThat(closed.duplicateOf()).isEqualTo(original);
			assertThat(closed.holder(clock.instant())).isNull();
			assertThat(queries.assessments(id)).singleElement().satisfies(a -> {
				assertThat(a.round()).isEqualTo(Assessment.Round.SETTLED);
				assertThat(a.assessor()).isEqualTo(SEYDOU);
				assertThat(a.outcome()).isEqualTo("DUPLICATE");
				assertThat(a.notes()).contains(originalAddress, original.toString());
			});
			assertThat(events.stream(CaseAssessed.class).filter(e -> e.caseId().equals(id.value())))
				.singleElement().satisfies(e -> assertThat(e.actionRequired()).isFalse());
			assertThat(events.stream(CaseClosed.class).filter(e -> e.caseId().equals(id.value()))).hasSize(1);
			assertThat(jdbc.sql("SELECT actor || ' ' || details FROM audit_entry WHERE target = ? AND action = 'CASE_CLOSED_AS_DUPLICATE'")
				.param(id.toString()).query(String.class).list()).containsExactly("seydou duplicate of " + original);
			UUID report = queries.reports(id, 0, 1).get(0).reportId();
			assertThat(reporterStatus.statusOf(report)).isEqualTo(ReporterStatus.ASSESSED);
		}
		assertThat(queries.find(original).orElseThrow().status()).isEqualTo(CaseStatus.NEW);
		CaseId third = newCase(portal, 0);
		workflow.closeAsDuplicates(List.of(third), "https://localhost/office/cases/" + original, SEYDOU);
		assertThat(queries.find(third).orElseThrow().duplicateOf()).as("named by a link to its page").isEqualTo(original);
	}

	@Test
	void everyReasonToRefuseADuplicateIsToldAtOnceAndNothingIsClosed() {
		String portal = portal();
		CaseId original = newCase(portal, 0);
		CaseId open = newCase(portal, 0);
		CaseId closed = newCase(portal, 0);
		workflow.claim(closed, AWA);
		workflow.assess(closed, AWA, new AssessCase("NOT_ILLEGAL", null, List.of(), null, null, ""));
		String closedAddress = queries.find(closed).orElseThrow().displayUrl();

		assertThat(refusals(List.of(), original.toString())).extracting(Refusal::messageKey)
			.containsExactly("case.error.duplicate-none-chosen");
		assertThat(refusals(List.of(open), "https://example.com/never-reported/" + UUID.randomUUID()))
			.extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("original", "case.error.duplicate-unknown-original"));
		assertThat(refusals(List.of(open, original, closed), original.toString()))
			.extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("original", "case.error.duplicate-original-chosen"),
					org.assertj.core.groups.Tuple.tuple("cases", "case.error.duplicate-not-open"));
		assertThat(refusals(List.of(closed), "")).extracting(Refusal::messageKey, Refusal::arguments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("case.error.duplicate-unknown-original", List.of()),
					org.assertj.core.groups.Tuple.tuple("case.error.duplicate-not-open", List.of(closedAddress)));

		assertThat(queries.find(open).orElseThrow().status()).isEqualTo(CaseStatus.NEW);
		assertThat(queries.find(open).orElseThrow().duplicateOf()).isNull();
		assertThat(queries.assessments(open)).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target = ? AND action = 'CASE_CLOSED_AS_DUPLICATE'")
			.param(open.toString()).query(Integer.class).single()).isZero();
	}

	@Test
	void aCaseClosedAsADuplicateIsNeverTheOriginalOfAnotherSoTwoCasesNeverCloseEachOther() {
		String portal = portal();
		CaseId a = newCase(portal, 0);
		CaseId b = newCase(portal, 0);
		CaseId c = newCase(portal, 0);
		workflow.closeAsDuplicates(List.of(b), a.toString(), SEYDOU);

		assertThat(refusals(List.of(a), b.toString())).extracting(Refusal::field, Refusal::messageKey)
			.as("a closed as duplicate of b, itself a duplicate of a: neither would ever be assessed")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("original", "case.error.duplicate-original-is-duplicate"));
		assertThat(refusals(List.of(c), b.toString())).extracting(Refusal::messageKey)
			.containsExactly("case.error.duplicate-original-is-duplicate");
		assertThat(queries.find(a).orElseThrow().status()).isEqualTo(CaseStatus.NEW);
		assertThat(queries.find(c).orElseThrow().status()).isEqualTo(CaseStatus.NEW);
	}

	@Test
	void aSupervisorWhoAssessedACaseCannotCloseItAsADuplicateInsteadOfTheSecondLookOrTheSettlement() {
		String portal = portal();
		CaseId original = newCase(portal, 0);
		CaseId secondLook = newCase(portal, 0);
		CaseId disagreement = newCase(portal, 0);
		jdbc.sql("UPDATE case_file SET second_assessment = TRUE WHERE id IN (?, ?)").params(secondLook.value(),
				disagreement.value()).update();
		workflow.claim(secondLook, SEYDOU);
		workflow.assess(secondLook, SEYDOU, illegal());
		workflow.claim(disagreement, AWA);
		workflow.assess(disagreement, AWA, illegal());
		workflow.claim(disagreement, SEYDOU);
		workflow.assess(disagreement, SEYDOU, new AssessCase("NOT_ILLEGAL", null, List.of(), null, null, ""));
		assertThat(queries.find(disagreement).orElseThrow().status()).isEqualTo(CaseStatus.DISAGREEMENT);

		assertThat(refusals(List.of(secondLook, disagreement), original.toString()))
			.extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("cases", "case.error.duplicate-own-assessment"),
					org.assertj.core.groups.Tuple.tuple("cases", "case.error.duplicate-own-assessment"));
		assertThat(queries.find(secondLook).orElseThrow().status()).isEqualTo(CaseStatus.SECOND_ASSESSMENT);
		StaffRef fanta = new StaffRef(UUID.randomUUID(), "Fanta", "fanta");
		workflow.closeAsDuplicates(List.of(secondLook, disagreement), original.toString(), fanta);
		assertThat(queries.find(disagreement).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
	}

	@Test
	void aSupervisorCannotGiveTheSecondLookToTheFirstAssessor() {
		String portal = portal();
		CaseId id = newCase(portal, 0);
		jdbc.sql("UPDATE case_file SET second_assessment = TRUE WHERE id = ?").param(id.value()).update();
		workflow.claim(id, AWA);
		workflow.assess(id, AWA, illegal());

		assertThatThrownBy(() -> workflow.reassign(id, SEYDOU, AWA)).isInstanceOf(StepRefused.class)
			.hasMessage("to: case.error.same-assessor");
		assertThat(queries.find(id).orElseThrow().holder(clock.instant())).isNull();
		workflow.reassign(id, SEYDOU, BINTOU);
		assertThat(queries.find(id).orElseThrow().holder(clock.instant())).isEqualTo(BINTOU);
	}

	private List<Refusal> refusals(List<CaseId> chosen, String original) {
		try {
			workflow.closeAsDuplicates(chosen, original, SEYDOU);
		}
		catch (StepRefused refused) {
			return refused.refusals();
		}
		throw new AssertionError("not refused");
	}

	static AssessCase illegal() {
		return new AssessCase("CSAM_A", "7-10", List.of("FEMALE"), "IMAGE_HOST", false, "notes");
	}

	/** A portal slug no other test reports from. */
	private static String portal() {
		return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** A new case of the portal, first reported {@code daysAgo} days ago. */
	private CaseId newCase(String portal, int daysAgo) {
		String url = "https://example.com/queue-workflow/" + UUID.randomUUID();
		ReportReceived report = new ReportReceived(UUID.randomUUID(), portal, "fr", clock.instant().minus(Duration.ofDays(daysAgo)),
				List.of(new ReportReceived.Item(url, url, "example.com", "example.com", List.of())));
		return cases.join(report, report.items().get(0));
	}

	/** One more report of the case's address. */
	private void joinAgain(CaseId id, String portal) {
		String url = queries.find(id).orElseThrow().canonicalUrl();
		ReportReceived report = new ReportReceived(UUID.randomUUID(), portal, "fr", clock.instant(),
				List.of(new ReportReceived.Item(url, url, "example.com", "example.com", List.of())));
		cases.join(report, report.items().get(0));
	}
}
