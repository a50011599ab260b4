package org.openhotline.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhotline.audit.AuditAction;

/** The audit page says every action in words: each action has a label in every shipped language. */
class AuditActionLabelsTests {

	@ParameterizedTest
	@ValueSource(strings = { "", "_fr", "_ar" })
	void everyActionHasALabel(String suffix) throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages" + suffix + ".properties"),
				StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		for (AuditAction action : AuditAction.values()) {
			assertThat(messages.getProperty(AuditController.label(action))).as("the label of %s in messages%s", action, suffix)
				.isNotBlank()
				.doesNotContain(action.name());
		}
	}
}
