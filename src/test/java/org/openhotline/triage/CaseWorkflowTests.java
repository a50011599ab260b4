package org.openhotline.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openhotline.MutableClock;
import org.openhotline.intake.ReportReceived;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.triage.internal.Case;
import org.openhotline.triage.internal.CaseRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The case workflow on PostgreSQL, with no second assessment (share 0): claim, lapse, assess, feedback, races. */
@SpringBootTest(properties = "openhotline.triage.second-assessment-share=0")
@RecordApplicationEvents
class CaseWorkflowTests {

	static final StaffRef AWA = new StaffRef(UUID.randomUUID(), "Awa", "awa");

	static final StaffRef BINTOU = new StaffRef(UUID.randomUUID(), "Bintou", "bintou");

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
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void oneAnalystAtATimeUntilTheClaimLapses() {
		CaseId id = newCase().id();

		workflow.claim(id, AWA);
		assertThatThrownBy(() -> workflow.claim(id, BINTOU)).isInstanceOf(StepRefused.class)
			.hasMessage("case.error.claimed-by-another");
		clock.advance(Duration.ofHours(2).plusSeconds(1));
		workflow.claim(id, BINTOU);

		CaseView c = queries.find(id).orElseThrow();
		assertThat(c.status()).isEqualTo(CaseStatus.CLAIMED);
		assertThat(c.holder(clock.instant())).isEqualTo(BINTOU);
		assertThatThrownBy(() -> workflow.assess(id, AWA, illegal())).isInstanceOf(StepRefused.class)
			.hasMessage("case.error.claim-first");
	}

	@Test
	void anIllegalOutcomeIsFinalAndAsksForActionAndTheReporterIsToldSo() {
		Case c = newCase();
		workflow.claim(c.id(), AWA);

		CaseStatus status = workflow.assess(c.id(), AWA, illegal());

		assertThat(status).isEqualTo(CaseStatus.ASSESSED);
		assertThat(events.stream(CaseAssessed.class).filter(e -> e.caseId().equals(c.id().value()))).singleElement()
			.satisfies(e -> {
				assertThat(e.actionRequired()).isTrue();
				assertThat(e.interpolClass()).isEqualTo("BASELINE");
				assertThat(e.taxonomyId()).isEqualTo("uk-iwf");
				assertThat(e.taxonomyVersion()).isEqualTo(1);
			});
		assertThat(queries.assessments(c.id())).singleElement().satisfies(a -> {
			assertThat(a.round()).isEqualTo(Assessment.Round.FIRST);
			assertThat(a.ageBand()).isEqualTo("7-10");
			assertThat(a.taxonomyVersion()).isEqualTo(1);
		});
		UUID report = queries.reports(c.id(), 0, 1).get(0).reportId();
		assertThat(reporterStatus.statusOf(report)).isEqualTo(ReporterStatus.ASSESSED);
		assertThat(reporterStatus.feedbackOf(report)).contains(Taxonomy.Feedback.ACTION_TAKEN);
	}

	@Test
	void aNotIllegalOutcomeClosesTheCase() {
		Case c = newCase();
		workflow.claim(c.id(), AWA);

		assertThat(workflow.assess(c.id(), AWA, new AssessCase("OUTSIDE_REMIT", null, List.of(), null, null, "")))
			.isEqualTo(CaseStatus.CLOSED);
		assertThat(events.stream(CaseClosed.class).filter(e -> e.caseId().equals(c.id().value()))).hasSize(1);
		UUID report = queries.reports(c.id(), 0, 1).get(0).reportId();
		assertThat(reporterStatus.feedbackOf(report)).contains(Taxonomy.Feedback.NOT_ILLEGAL);
		assertThatThrownBy(() -> workflow.claim(c.id(), BINTOU)).hasMessage("case.error.not-claimable");
	}

	@Test
	void theDrawIsStoredWithTheCaseAndTheStoredDrawDecides() {
		Case drawn = newCase();
		workflow.claim(drawn.id(), AWA);
		workflow.assess(drawn.id(), AWA, illegal());
		Case preset = newCase();
		workflow.claim(preset.id(), AWA);
		// as if this case had been drawn for a second look: share 0 here, so only the stored draw can send it there
		jdbc.sql("UPDATE case_file SET second_assessment = TRUE WHERE id = ?").param(preset.id().value()).update();

		assertThat(workflow.assess(preset.id(), AWA, illegal())).isEqualTo(CaseStatus.SECOND_ASSESSMENT);
		assertThat(queries.find(drawn.id()).orElseThrow().secondAssessment()).isFalse();
		assertThat(queries.find(preset.id()).orElseThrow().secondAssessment()).isTrue();
	}

	@Test
	void anAssessmentMustFitTheTaxonomy() {
		Case c = newCase();
		workflow.claim(c.id(), AWA);

		assertThatThrownBy(() -> workflow.assess(c.id(), AWA, new AssessCase("CSAM_A", null, List.of("FEMALE"), "FORUM", false, "")))
			.hasMessage("ageBand: assess.error.age-band");
		assertThatThrownBy(() -> workflow.assess(c.id(), AWA, new AssessCase("NOT_ILLEGAL", "3-6", List.of(), null, null, "")))
			.hasMessage("ageBand: assess.error.no-details");
		assertThatThrownBy(() -> workflow.assess(c.id(), AWA, new AssessCase("MADE_UP", null, List.of(), null, null, "")))
			.hasMessage("outcome: assess.error.outcome");
		assertThat(queries.find(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.CLAIMED);
	}

	@Test
	void whenManyAnalystsClaimOneCaseAtOnceExactlyOneGetsIt() throws Exception {
		CaseId id = newCase().id();
		int analysts = 8;
		CountDownLatch start = new CountDownLatch(1);
		AtomicInteger won = new AtomicInteger();
		AtomicInteger told = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(analysts);
		try {
			List<Future<?>> attempts = new java.util.ArrayList<>();
			for (int i = 0; i < analysts; i++) {
				StaffRef analyst = new StaffRef(UUID.randomUUID(), "Analyst " + i, "analyst-" + i);
				attempts.add(pool.submit(() -> {
					start.await();
					try {
						workflow.claim(id, analyst);
						won.incrementAndGet();
					}
					catch (OptimisticLockingFailureException | StepRefused lost) {
						told.incrementAndGet();
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> attempt : attempts) {
				attempt.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(won.get()).isEqualTo(1);
		assertThat(told.get()).isEqualTo(analysts - 1);
	}

	@Test
	void twoAssessmentsOfOneCaseAtOnceLoseNothing() throws Exception {
		Case c = newCase();
		workflow.claim(c.id(), AWA);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		AtomicInteger won = new AtomicInteger();
		try {
			List<Future<?>> both = List.of(pool.submit(() -> assessAfter(start, c.id(), illegal(), won)),
					pool.submit(() -> assessAfter(start, c.id(), new AssessCase("NOT_ILLEGAL", null, List.of(), null, null, ""), won)));
			start.countDown();
			for (Future<?> f : both) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(won.get()).isEqualTo(1);
		assertThat(queries.assessments(c.id())).as("the losing assessment left no row").hasSize(1);
		String kept = queries.assessments(c.id()).get(0).outcome();
		assertThat(queries.find(c.id()).orElseThrow().outcome()).isEqualTo(kept);
	}

	private Void assessAfter(CountDownLatch start, CaseId id, AssessCase command, AtomicInteger won) throws InterruptedException {
		start.await();
		try {
			workflow.assess(id, AWA, command);
			won.incrementAndGet();
		}
		catch (OptimisticLockingFailureException | StepRefused lost) {
			// told to reload: nothing of it was written
		}
		return null;
	}

	static AssessCase illegal() {
		return new AssessCase("CSAM_A", "7-10", List.of("FEMALE"), "IMAGE_HOST", false, "notes");
	}

	@Test
	void theAuditTrailNamesEachPersonByTheirUserNameNotTheNameShown() {
		CaseId id = newCase().id();
		StaffRef supervisor = new StaffRef(UUID.randomUUID(), "Awa", "awa-supervisor");

		workflow.claim(id, AWA);
		workflow.reassign(id, supervisor, BINTOU);
		workflow.assess(id, BINTOU, illegal());

		assertThat(jdbc.sql("SELECT actor || ' ' || action || ' ' || details FROM audit_entry WHERE target = ? ORDER BY sequence")
			.param(id.toString()).query(String.class).list()).containsExactly("awa CASE_CLAIMED CLAIMED",
					"awa-supervisor CASE_REASSIGNED awa -> bintou",
					"bintou CASE_ASSESSED FIRST CSAM_A (uk-iwf v1) -> ASSESSED");
	}

	private Case newCase() {
		String url = "https://example.com/workflow/" + UUID.randomUUID();
		ReportReceived report = new ReportReceived(UUID.randomUUID(), "ml", "fr", clock.instant(),
				List.of(new ReportReceived.Item(url, url, "example.com", "example.com", List.of())));
		return cases.findById(cases.join(report, report.items().get(0))).orElseThrow();
	}
}
