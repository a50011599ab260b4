package org.openhotline.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.openhotline.intake.ReportReceived;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.triage.internal.CaseRepository;
import org.openhotline.triage.internal.SecondAssessmentDraw;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Second assessments with a scripted draw (share 0.5; every first assessment goes to a
 * second assessor unless a test scripts otherwise): the draw, agreement, disagreement, settlement.
 */
@SpringBootTest
class SecondAssessmentTests {

	/** The random numbers the draw gets, in order; 0 (a second assessment) once the script is used up. */
	static final Deque<Double> SCRIPT = new ConcurrentLinkedDeque<>();

	@TestConfiguration
	static class ScriptedDraw {

		@Bean
		@Primary
		SecondAssessmentDraw scriptedSecondAssessmentDraw() {
			RandomGenerator scripted = new RandomGenerator() {

				@Override
				public long nextLong() {
					throw new UnsupportedOperationException();
				}

				@Override
				public double nextDouble() {
					Double next = SCRIPT.poll();
					return next == null ? 0 : next;
				}
			};
			return new SecondAssessmentDraw(0.5, () -> scripted);
		}
	}

	static final StaffRef AWA = new StaffRef(UUID.randomUUID(), "Awa", "awa");

	static final StaffRef BINTOU = new StaffRef(UUID.randomUUID(), "Bintou", "bintou");

	static final StaffRef SUPERVISOR = new StaffRef(UUID.randomUUID(), "Seydou", "seydou");

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	CaseRepository cases;

	@Autowired
	CaseQueries queries;

	@Autowired
	org.openhotline.audit.AuditTrail audit;

	@Test
	void theDrawAtTheFirstAssessmentDecidesAndIsStored() {
		CaseId kept = newCase();
		CaseId checked = newCase();
		workflow.claim(kept, AWA);
		workflow.claim(checked, AWA);
		SCRIPT.addAll(List.of(0.7, 0.2));

		assertThat(workflow.assess(kept, AWA, CaseWorkflowTests.illegal())).isEqualTo(CaseStatus.ASSESSED);
		assertThat(workflow.assess(checked, AWA, CaseWorkflowTests.illegal())).isEqualTo(CaseStatus.SECOND_ASSESSMENT);
		assertThat(queries.find(kept).orElseThrow().secondAssessment()).isFalse();
		assertThat(queries.find(checked).orElseThrow().secondAssessment()).isTrue();
		assertThat(SCRIPT).isEmpty();
		assertThat(audit.latest(50)).filteredOn(e -> e.target().equals(checked.toString()) && e.action().equals("CASE_ASSESSED"))
			.singleElement()
			.satisfies(e -> assertThat(e.details()).as("the trail does not tell a second assessor the first outcome")
				.doesNotContain(CaseWorkflowTests.illegal().outcome()).endsWith("-> SECOND_ASSESSMENT"));
		assertThat(audit.latest(50)).filteredOn(e -> e.target().equals(kept.toString()) && e.action().equals("CASE_ASSESSED"))
			.singleElement()
			.satisfies(e -> assertThat(e.details()).contains(CaseWorkflowTests.illegal().outcome()));
	}

	@Test
	void aSupervisorWhoAssessedTheCaseCannotSettleIt() {
		CaseId id = newCase();
		workflow.claim(id, AWA);
		workflow.assess(id, AWA, CaseWorkflowTests.illegal());
		workflow.claim(id, BINTOU);
		workflow.assess(id, BINTOU, new AssessCase("NOT_ILLEGAL", null, List.of(), null, null, ""));

		assertThatThrownBy(() -> workflow.settle(id, AWA, CaseWorkflowTests.illegal()))
			.isInstanceOf(StepRefused.class)
			.hasMessage("case.error.settler-assessed");
		assertThatThrownBy(() -> workflow.settle(id, BINTOU, CaseWorkflowTests.illegal()))
			.hasMessage("case.error.settler-assessed");
		assertThat(queries.find(id).orElseThrow().status()).isEqualTo(CaseStatus.DISAGREEMENT);
		assertThat(workflow.settle(id, SUPERVISOR, CaseWorkflowTests.illegal())).isEqualTo(CaseStatus.ASSESSED);
	}

	@Test
	void theFirstAssessorCannotMakeTheSecondAssessment() {
		CaseId id = newCase();
		workflow.claim(id, AWA);

		assertThat(workflow.assess(id, AWA, CaseWorkflowTests.illegal())).isEqualTo(CaseStatus.SECOND_ASSESSMENT);
		assertThat(queries.find(id).orElseThrow().status().forReporter()).isEqualTo(ReporterStatus.BEING_ASSESSED);
		assertThatThrownBy(() -> workflow.claim(id, AWA)).hasMessage("case.error.same-assessor");
		assertThatThrownBy(() -> workflow.assess(id, AWA, CaseWorkflowTests.illegal()))
			.hasMessage("case.error.claim-first");
		workflow.claim(id, BINTOU);
		assertThat(workflow.assess(id, BINTOU, CaseWorkflowTests.illegal())).isEqualTo(CaseStatus.ASSESSED);
	}

	@Test
	void aDisagreementGoesToASupervisorWhoseAssessmentIsFinal() {
		CaseId id = newCase();
		workflow.claim(id, AWA);
		workflow.assess(id, AWA, CaseWorkflowTests.illegal());
		workflow.claim(id, BINTOU);

		CaseStatus afterSecond = workflow.assess(id, BINTOU, new AssessCase("NOT_ILLEGAL", null, List.of(), null, null, ""));

		assertThat(afterSecond).isEqualTo(CaseStatus.DISAGREEMENT);
		assertThatThrownBy(() -> workflow.claim(id, AWA)).hasMessage("case.error.not-claimable");
		assertThat(workflow.settle(id, SUPERVISOR, CaseWorkflowTests.illegal())).isEqualTo(CaseStatus.ASSESSED);
		assertThat(queries.assessments(id)).extracting(Assessment::round)
			.containsExactly(Assessment.Round.FIRST, Assessment.Round.SECOND, Assessment.Round.SETTLED);
		assertThatThrownBy(() -> workflow.settle(id, SUPERVISOR, CaseWorkflowTests.illegal()))
			.hasMessage("case.error.no-disagreement");
	}

	@Test
	void agreementAfterASecondLookIsFinal() {
		CaseId id = newCase();
		workflow.claim(id, AWA);
		workflow.assess(id, AWA, new AssessCase("NO_LONGER_AVAILABLE", null, List.of(), null, null, ""));
		workflow.claim(id, BINTOU);

		assertThat(workflow.assess(id, BINTOU, new AssessCase("NO_LONGER_AVAILABLE", null, List.of(), null, null, "")))
			.isEqualTo(CaseStatus.CLOSED);
	}

	private CaseId newCase() {
		String url = "https://example.com/second/" + UUID.randomUUID();
		ReportReceived report = new ReportReceived(UUID.randomUUID(), "ml", "fr", Instant.now(),
				List.of(new ReportReceived.Item(url, url, "example.com", "example.com", List.of())));
		return cases.join(report, report.items().get(0));
	}
}
