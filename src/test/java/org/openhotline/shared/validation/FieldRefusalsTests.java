package org.openhotline.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class FieldRefusalsTests {

	@Test
	void everyFieldRefusedIsRefusedTogetherInTheOrderFoundAndTheSameProblemOnce() {
		FieldRefusals refused = new FieldRefusals();
		refused.add("name", "x.error.name");
		Object made = refused.check(() -> {
			throw StepRefused.all(java.util.List.of(StepRefused.field("name", "x.error.name"),
					StepRefused.field("email", "x.error.email"), new StepRefused("x.error.state", 3)));
		});
		refused.add("country", "x.error.country", "ZZ");

		assertThat(made).isNull();
		assertThat(refused.has("email")).isTrue();
		StepRefused all = catchThrowableOfType(StepRefused.class, refused::refuseIfAny);
		assertThat(all.field()).isEqualTo("name");
		assertThat(all.refusals()).extracting(StepRefused.Refusal::field)
			.containsExactly("name", "email", null, "country");
		assertThat(all.refusals().get(3).arguments()).containsExactly("ZZ");
	}

	@Test
	void refusalsCanBeSaidInTheOrderOfTheForm() {
		FieldRefusals refused = new FieldRefusals();
		refused.add("channel", "x.error.channel");
		refused.add("other", "x.error.other");
		refused.add("name", "x.error.name");
		refused.add("country", "x.error.country");

		StepRefused all = catchThrowableOfType(StepRefused.class,
				() -> refused.refuseIfAny(java.util.List.of("name", "country", "channel")));
		assertThat(all.refusals()).extracting(StepRefused.Refusal::field)
			.containsExactly("name", "country", "channel", "other");
	}

	@Test
	void nothingRefusedRefusesNothing() {
		FieldRefusals refused = new FieldRefusals();
		assertThat(refused.check(() -> "made")).isEqualTo("made");
		assertThat(refused.isEmpty()).isTrue();
		assertThatNoException().isThrownBy(refused::refuseIfAny);
	}
}
