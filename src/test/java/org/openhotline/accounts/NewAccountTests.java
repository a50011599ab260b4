package org.openhotline.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhotline.shared.validation.StepRefused;

/**
 * A person's name is shown on every page of the office (the audit trail, who holds a case, who
 * confirmed a removal): a control character (a NUL, which the database refuses, a line break)
 * or a bidirectional override that makes it read as another name is refused beside the field.
 */
class NewAccountTests {

	@Test
	void aNameWithAControlCharacterOrABidiOverrideIsRefused() {
		for (String name : List.of("Aw\u0000a", "Awa\nAdmin", "Awa \u202Enimda", "Awa \u2066x\u2069", "Awa\u200F")) {
			assertThatThrownBy(() -> new AccountAdministration.NewAccount("awa-x", name, Role.ANALYST, List.of()))
				.as("%s", name.codePoints().mapToObj(Integer::toHexString).toList())
				.isInstanceOfSatisfying(StepRefused.class, refused -> assertThat(refused.refusals())
					.extracting(StepRefused.Refusal::field, StepRefused.Refusal::messageKey)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("displayName", "account.error.display-name")));
		}
		assertThat(new AccountAdministration.NewAccount("awa-x", "عائشة Awa", Role.ANALYST, List.of()).displayName())
			.isEqualTo("عائشة Awa");
	}
}
