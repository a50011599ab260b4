package org.openhotline.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openhotline.shared.validation.StepRefused;

/** An assessment is checked whole: every problem at once, each named after the form field it belongs to. */
class AssessCaseTests {

	static final Taxonomy.Outcome ILLEGAL = new Taxonomy.Outcome("CSAM_A", Taxonomy.InterpolClass.BASELINE,
			Taxonomy.Feedback.ACTION_TAKEN, true, Map.of("en", "Category A"));

	static final Taxonomy.Outcome NOT_ILLEGAL = new Taxonomy.Outcome("NOT_ILLEGAL", Taxonomy.InterpolClass.NOT_ILLEGAL,
			Taxonomy.Feedback.NOT_ILLEGAL, false, Map.of("en", "Not illegal"));

	static final Taxonomy TAXONOMY = new Taxonomy("test", 3, Map.of("en", "Test"), List.of(ILLEGAL, NOT_ILLEGAL),
			List.of("7-10"), List.of("FEMALE"), List.of("IMAGE_HOST"));

	@Test
	void anIllegalOutcomeWithoutItsDetailsIsRefusedForEveryMissingDetailAtOnce() {
		StepRefused refused = refusal(new AssessCase("CSAM_A", null, List.of(), null, null, "x".repeat(4001)));

		assertThat(refused.refusals()).extracting(StepRefused.Refusal::field, StepRefused.Refusal::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ageBand", "assess.error.age-band"),
					org.assertj.core.groups.Tuple.tuple("sexes", "assess.error.sexes"),
					org.assertj.core.groups.Tuple.tuple("siteType", "assess.error.site-type"),
					org.assertj.core.groups.Tuple.tuple("commercial", "assess.error.commercial"),
					org.assertj.core.groups.Tuple.tuple("notes", "assess.error.notes"));
	}

	@Test
	void detailsNotInTheTaxonomyAreRefusedBesideTheirFields() {
		StepRefused refused = refusal(new AssessCase("CSAM_A", "99", List.of("FEMALE", "MADE_UP"), "FORUM", false, ""));

		assertThat(refused.refusals()).extracting(StepRefused.Refusal::field).containsExactly("ageBand", "sexes", "siteType");
	}

	@Test
	void anUnknownOutcomeIsRefusedOnTheOutcomeField() {
		StepRefused refused = refusal(new AssessCase("", null, List.of(), null, null, ""));

		assertThat(refused.refusals()).extracting(StepRefused.Refusal::field).containsExactly("outcome");
		assertThat(refused.messageKey()).isEqualTo("assess.error.outcome");
	}

	@Test
	void detailsGivenToAnOutcomeThatTakesNoneAreRefusedOnTheFirstOfThem() {
		StepRefused refused = refusal(new AssessCase("NOT_ILLEGAL", null, List.of(), "IMAGE_HOST", true, ""));

		assertThat(refused.refusals()).extracting(StepRefused.Refusal::field, StepRefused.Refusal::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("siteType", "assess.error.no-details"));
	}

	@Test
	void aSchemeWithABothAnswerTakesOneAnswerForTheSexes() {
		Taxonomy withBoth = new Taxonomy("test", 4, Map.of("en", "Test"), List.of(ILLEGAL, NOT_ILLEGAL), List.of("7-10"),
				List.of("FEMALE", "MALE", "BOTH", "UNKNOWN"), List.of("IMAGE_HOST"));

		assertThatThrownBy(() -> new AssessCase("CSAM_A", "7-10", List.of("FEMALE", "BOTH", "UNKNOWN"), "IMAGE_HOST", false, "")
			.checkedAgainst(withBoth)).isInstanceOfSatisfying(StepRefused.class,
					e -> assertThat(e.refusals()).extracting(StepRefused.Refusal::field, StepRefused.Refusal::messageKey)
						.containsExactly(org.assertj.core.groups.Tuple.tuple("sexes", "assess.error.sexes-one")));
		assertThat(new AssessCase("CSAM_A", "7-10", List.of("BOTH"), "IMAGE_HOST", false, "").checkedAgainst(withBoth))
			.isEqualTo(ILLEGAL);
	}

	@Test
	void aCompleteAssessmentPasses() {
		assertThat(new AssessCase("CSAM_A", "7-10", List.of("FEMALE"), "IMAGE_HOST", false, " seen ").checkedAgainst(TAXONOMY))
			.isEqualTo(ILLEGAL);
		assertThat(new AssessCase("NOT_ILLEGAL", null, List.of(), null, null, "").checkedAgainst(TAXONOMY))
			.isEqualTo(NOT_ILLEGAL);
	}

	@Test
	void everyFieldARefusalNamesIsAFieldOfTheForm() {
		StepRefused refused = refusal(new AssessCase("CSAM_A", null, List.of(), null, null, "x".repeat(4001)));

		assertThat(AssessCase.FIELDS).containsAll(refused.refusals().stream().map(StepRefused.Refusal::field).toList());
	}

	private static StepRefused refusal(AssessCase command) {
		return catchThrowableOfType(StepRefused.class, () -> command.checkedAgainst(TAXONOMY));
	}
}
