package org.openhotline.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.triage.CaseAssessed;
import org.openhotline.triage.CaseClaimed;
import org.openhotline.triage.CaseClosed;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseStatus;
import org.openhotline.triage.StaffRef;
import org.openhotline.triage.Taxonomy;

/** The case aggregate's transitions on their own: no Spring, no database. */
class CaseTests {

	static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	static final Duration LAPSE = Duration.ofHours(2);

	static final StaffRef AWA = new StaffRef(UUID.randomUUID(), "Awa", "awa");

	static final StaffRef BINTOU = new StaffRef(UUID.randomUUID(), "Bintou", "bintou");

	static final Taxonomy.Outcome ILLEGAL = new Taxonomy.Outcome("CSAM_A", Taxonomy.InterpolClass.BASELINE,
			Taxonomy.Feedback.ACTION_TAKEN, true, Map.of("en", "Category A"));

	static final Taxonomy.Outcome NOT_ILLEGAL = new Taxonomy.Outcome("NOT_ILLEGAL", Taxonomy.InterpolClass.NOT_ILLEGAL,
			Taxonomy.Feedback.NOT_ILLEGAL, false, Map.of("en", "Not illegal"));

	static final Taxonomy TAXONOMY = new Taxonomy("test", 3, Map.of("en", "Test"), List.of(ILLEGAL, NOT_ILLEGAL),
			List.of("7-10"), List.of("FEMALE"), List.of("IMAGE_HOST"));

	@Test
	void oneAnalystHoldsTheClaimUntilItLapses() {
		Case c = newCase();
		c.claim(AWA, null, NOW, LAPSE);

		assertThatThrownBy(() -> c.claim(BINTOU, null, NOW.plus(LAPSE).minusSeconds(1), LAPSE)).isInstanceOf(StepRefused.class)
			.hasMessage("case.error.claimed-by-another");
		c.claim(BINTOU, null, NOW.plus(LAPSE).plusSeconds(1), LAPSE);

		assertThat(c.status()).isEqualTo(CaseStatus.CLAIMED);
		assertThat(c.holder(NOW.plus(LAPSE).plusSeconds(2))).isEqualTo(BINTOU);
		assertThat(c.view().holder(NOW.plus(LAPSE).plusSeconds(2))).isEqualTo(BINTOU);
	}

	@Test
	void onlyTheHolderAssessesAndAnIllegalOutcomeIsFinalAndRaisesCaseAssessed() {
		Case c = newCase();
		assertThatThrownBy(() -> c.assess(AWA, TAXONOMY, ILLEGAL, () -> false, NOW)).isInstanceOf(StepRefused.class)
			.hasMessage("case.error.not-assessable");
		c.claim(AWA, null, NOW, LAPSE);
		assertThat(c.takeEvents()).singleElement().isInstanceOf(CaseClaimed.class);
		assertThatThrownBy(() -> c.assess(BINTOU, TAXONOMY, ILLEGAL, () -> false, NOW)).hasMessage("case.error.claim-first");

		c.assess(AWA, TAXONOMY, ILLEGAL, () -> false, NOW.plusSeconds(60));

		assertThat(c.status()).isEqualTo(CaseStatus.ASSESSED);
		assertThat(c.outcome()).isEqualTo("CSAM_A");
		assertThat(c.secondAssessment()).isFalse();
		assertThat(c.holder(NOW.plusSeconds(61))).isNull();
		assertThat(c.takeEvents()).singleElement().isInstanceOfSatisfying(CaseAssessed.class, e -> {
			assertThat(e.actionRequired()).isTrue();
			assertThat(e.taxonomyVersion()).isEqualTo(3);
		});
		assertThat(c.takeEvents()).as("events are taken once").isEmpty();
	}

	@Test
	void aNotIllegalOutcomeClosesTheCase() {
		Case c = newCase();
		c.claim(AWA, null, NOW, LAPSE);

		c.assess(AWA, TAXONOMY, NOT_ILLEGAL, () -> false, NOW);

		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.takeEvents()).hasSize(3).last().isInstanceOf(CaseClosed.class);
		assertThatThrownBy(() -> c.claim(BINTOU, null, NOW, LAPSE)).hasMessage("case.error.not-claimable");
	}

	@Test
	void aDrawnCaseGoesToASecondAssessorAndADisagreementToASupervisorWhoDidNotAssess() {
		Case c = newCase();
		c.claim(AWA, null, NOW, LAPSE);
		c.assess(AWA, TAXONOMY, ILLEGAL, () -> true, NOW);
		assertThat(c.status()).isEqualTo(CaseStatus.SECOND_ASSESSMENT);
		assertThat(c.takeEvents()).as("the claim only: the assessment is not final").singleElement()
			.isInstanceOf(CaseClaimed.class);

		c.claim(AWA, null, NOW, LAPSE);
		assertThatThrownBy(() -> c.assessAgain(AWA, AWA, TAXONOMY, NOT_ILLEGAL, "CSAM_A", NOW))
			.hasMessage("case.error.same-assessor");
		assertThatThrownBy(() -> c.reassign(AWA, AWA, NOW, LAPSE)).hasMessage("to: case.error.same-assessor");
		c.reassign(BINTOU, AWA, NOW, LAPSE);
		c.assessAgain(BINTOU, AWA, TAXONOMY, NOT_ILLEGAL, "CSAM_A", NOW);
		assertThat(c.status()).isEqualTo(CaseStatus.DISAGREEMENT);

		assertThatThrownBy(() -> c.settle(BINTOU, List.of(AWA, BINTOU), TAXONOMY, ILLEGAL, NOW))
			.hasMessage("case.error.settler-assessed");
		StaffRef supervisor = new StaffRef(UUID.randomUUID(), "Seydou", "seydou");
		c.settle(supervisor, List.of(AWA, BINTOU), TAXONOMY, ILLEGAL, NOW);
		assertThat(c.status()).isEqualTo(CaseStatus.ASSESSED);
		assertThatThrownBy(() -> c.settle(supervisor, List.of(AWA, BINTOU), TAXONOMY, ILLEGAL, NOW))
			.hasMessage("case.error.no-disagreement");
	}

	@Test
	void theFirstAssessorNeverTakesTheSecondLook() {
		Case c = newCase();
		c.claim(AWA, null, NOW, LAPSE);
		c.assess(AWA, TAXONOMY, ILLEGAL, () -> true, NOW);

		assertThatThrownBy(() -> c.claim(AWA, AWA, NOW, LAPSE)).hasMessage("case.error.same-assessor");
		c.claim(BINTOU, AWA, NOW, LAPSE);
		assertThat(c.holder(NOW)).isEqualTo(BINTOU);
	}

	@Test
	void theHolderGivesACaseBackAndOnlyTheHolder() {
		Case c = newCase();
		c.claim(AWA, null, NOW, LAPSE);

		assertThatThrownBy(() -> c.release(BINTOU, NOW)).hasMessage("case.error.not-yours");
		c.release(AWA, NOW);
		assertThat(c.status()).isEqualTo(CaseStatus.NEW);
		assertThat(c.holder(NOW)).isNull();
		assertThatThrownBy(() -> c.release(AWA, NOW)).hasMessage("case.error.not-releasable");

		c.claim(AWA, null, NOW, LAPSE);
		c.assess(AWA, TAXONOMY, ILLEGAL, () -> true, NOW);
		c.claim(BINTOU, AWA, NOW, LAPSE);
		c.release(BINTOU, NOW.plus(LAPSE).plusSeconds(1));
		assertThat(c.status()).as("a second look given back waits for another second assessor")
			.isEqualTo(CaseStatus.SECOND_ASSESSMENT);
		assertThat(c.claimedBy()).isNull();
	}

	@Test
	void takingANewCaseAndGivingItBackAreRaisedForItsReportersAndNothingElseIs() {
		Case c = newCase();
		c.claim(AWA, null, NOW, LAPSE);
		c.claim(AWA, null, NOW.plusSeconds(1), LAPSE);
		c.release(AWA, NOW);
		c.reassign(BINTOU, null, NOW, LAPSE);
		c.reassign(AWA, null, NOW, LAPSE);

		assertThat(c.takeEvents()).map(e -> (CaseClaimed) e)
			.extracting(CaseClaimed::claimed)
			.as("claimed, given back, claimed by a supervisor's hand; a claim renewed or passed on changes nothing")
			.containsExactly(true, false, true);
	}

	static final Taxonomy.Outcome DUPLICATE = new Taxonomy.Outcome("DUPLICATE", Taxonomy.InterpolClass.NOT_ILLEGAL, null,
			false, Map.of("en", "Duplicate"));

	@Test
	void aSupervisorClosesAnOpenCaseAsADuplicateWhoeverHoldsItAndTheFinalAssessmentIsPublished() {
		Case c = newCase();
		c.claim(AWA, null, NOW, LAPSE);
		CaseId original = new CaseId(UUID.randomUUID());

		c.closeAsDuplicateOf(original, TAXONOMY, DUPLICATE, NOW);

		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.outcome()).isEqualTo("DUPLICATE");
		assertThat(c.feedback()).isNull();
		assertThat(c.holder(NOW)).isNull();
		assertThat(c.duplicateOf()).isEqualTo(original);
		assertThat(c.view().duplicateOf()).isEqualTo(original);
		assertThat(c.takeEvents()).satisfiesExactly(claimed -> assertThat(claimed).isInstanceOf(CaseClaimed.class),
				assessed -> assertThat(assessed).isInstanceOfSatisfying(CaseAssessed.class, e -> {
					assertThat(e.outcome()).isEqualTo("DUPLICATE");
					assertThat(e.actionRequired()).isFalse();
				}),
				closed -> assertThat(closed).isInstanceOfSatisfying(CaseClosed.class,
						e -> assertThat(e.outcome()).isEqualTo("DUPLICATE")));
	}

	@Test
	void onlyAnOpenCaseIsClosedAsADuplicateAndNeverOfItself() {
		Case c = newCase();
		assertThatThrownBy(() -> c.closeAsDuplicateOf(c.id(), TAXONOMY, DUPLICATE, NOW))
			.hasMessage("original: case.error.duplicate-of-itself");
		assertThat(c.status()).isEqualTo(CaseStatus.NEW);
		c.claim(AWA, null, NOW, LAPSE);
		c.assess(AWA, TAXONOMY, NOT_ILLEGAL, () -> false, NOW);
		c.takeEvents();

		assertThatThrownBy(() -> c.closeAsDuplicateOf(new CaseId(UUID.randomUUID()), TAXONOMY, DUPLICATE, NOW))
			.isInstanceOf(StepRefused.class)
			.hasMessage("cases: case.error.duplicate-not-open");
		assertThat(c.outcome()).isEqualTo("NOT_ILLEGAL");
		assertThat(c.duplicateOf()).isNull();
		assertThat(c.takeEvents()).isEmpty();
		assertThatThrownBy(() -> newCase().closeAsDuplicateOf(new CaseId(UUID.randomUUID()), TAXONOMY, ILLEGAL, NOW))
			.as("a duplicate never calls for action").isInstanceOf(IllegalArgumentException.class);
	}

	private static Case newCase() {
		return new Case(new CaseId(UUID.randomUUID()), "https://example.com/a", "https://example.com/a", "example.com",
				"example.com", Set.of(), CaseStatus.NEW, 1, NOW, NOW, null, null, null, null, null, null, 0, null);
	}
}
