package org.openhotline.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.intake.ReportReceived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every first assessment goes to a second assessor here (share 1): agreement, disagreement, settlement. */
@SpringBootTest(properties = "openhotline.triage.second-assessment-share=1")
class SecondAssessmentTests {

	static final StaffRef AWA = new StaffRef(UUID.randomUUID(), "Awa", "awa");

	static final StaffRef BINTOU = new StaffRef(UUID.randomUUID(), "Bintou", "bintou");

	static final StaffRef SUPERVISOR = new StaffRef(UUID.randomUUID(), "Seydou", "seydou");

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	CaseRepository cases;

	@Autowired
	CaseQueries queries;

	@Test
	void theFirstAssessorCannotMakeTheSecondAssessment() {
		CaseId id = newCase();
		workflow.claim(id, AWA);

		assertThat(workflow.assess(id, AWA, CaseWorkflowTests.illegal())).isEqualTo(CaseStatus.SECOND_ASSESSMENT);
		assertThat(queries.find(id).orElseThrow().status().forReporter()).isEqualTo(ReporterStatus.BEING_ASSESSED);
		workflow.claim(id, AWA);
		assertThatThrownBy(() -> workflow.assess(id, AWA, CaseWorkflowTests.illegal()))
			.hasMessage("case.error.same-assessor");
		assertThatThrownBy(() -> workflow.claim(id, BINTOU)).hasMessage("case.error.claimed-by-another");
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
