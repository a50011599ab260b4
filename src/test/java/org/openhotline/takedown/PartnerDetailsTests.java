package org.openhotline.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhotline.shared.validation.StepRefused;

/** A partner's note with a NUL (which the database refuses: a 503) is refused beside the field; line breaks are kept. */
class PartnerDetailsTests {

	@Test
	void aNoteWithAControlCharacterIsRefusedButLineBreaksAreANote() {
		assertThatThrownBy(() -> details("before\u0000after")).isInstanceOfSatisfying(StepRefused.class,
				refused -> assertThat(refused.refusals()).extracting(StepRefused.Refusal::field, StepRefused.Refusal::messageKey)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("note", "partner.error.note")));
		assertThat(details("line one\r\n\tline two").note()).isEqualTo("line one\r\n\tline two");
	}

	private static PartnerDetails details(String note) {
		return new PartnerDetails(PartnerKind.values()[0], "Example Host", "FR", "abuse@example.net", List.of("fr"),
				Channel.values()[0], note);
	}
}
