package org.openhotline.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.database.internal.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On the first start (an empty database) the administrator exists before the web server
 * opens its port, and what is printed is true: a set-up link when one was made, none when
 * the password came from the configuration; while it is never set up, each start gives a new link.
 */
class FirstAdministratorTests {

	static final AtomicLong administratorsWhenThePortOpened = new AtomicLong(-1);

	@TestConfiguration
	static class PortOpening {

		@Bean
		ApplicationListener<WebServerInitializedEvent> countAdministratorsWhenThePortOpens(JdbcClient jdbc) {
			return event -> administratorsWhenThePortOpened
				.set(jdbc.sql("SELECT count(*) FROM account WHERE role = 'ADMINISTRATOR'").query(Long.class).single());
		}
	}

	static void emptyDatabase(DynamicPropertyRegistry registry) {
		String url = TestDatabase.newEmptyDatabase("first_administrator");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", TestDatabase::embeddedPassword);
	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = { org.openhotline.OpenHotlineApplication.class,
			PortOpening.class })
	@ExtendWith(OutputCaptureExtension.class)
	class WithASetUpLink {

		@DynamicPropertySource
		static void database(DynamicPropertyRegistry registry) {
			emptyDatabase(registry);
		}

		@Test
		void theAdministratorExistsBeforeThePortOpensAndTheLinkFollowsTheBanner(CapturedOutput output) {
			assertThat(administratorsWhenThePortOpened).hasValue(1);
			String printed = output.getAll();
			assertThat(printed).contains("Back office:").contains("/office/setup/");
			assertThat(printed.indexOf("/office/setup/")).isGreaterThan(printed.indexOf("Back office:"));
			assertThat(printed).as("the link's lifetime in words").contains("(the link works once, for 24 hours;")
				.doesNotContain("PT24H");
		}

		@Autowired
		AccountAdministration administration;

		/** A first start that died before it printed its link (its port taken) left nobody able to sign in. */
		@Test
		void whileTheAdministratorHasNoPasswordEachStartGivesItANewLinkThatReplacesTheLastOne() {
			String atOneStart = administration.createFirstAdministrator().orElseThrow().setupCode();
			String atTheNext = administration.createFirstAdministrator().orElseThrow().setupCode();

			assertThat(atTheNext).isNotEmpty().isNotEqualTo(atOneStart);
			assertThat(administration.setupCodeIsValid(atOneStart)).isFalse();
			assertThat(administration.setupCodeIsValid(atTheNext)).isTrue();
			assertThat(administration.all()).hasSize(1);

			administration.setPassword(atTheNext, "lantern cobalt mango rivet");
			assertThat(administration.createFirstAdministrator()).as("set up: no start touches it again").isEmpty();
		}
	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = { org.openhotline.OpenHotlineApplication.class,
			PortOpening.class }, properties = "openhotline.accounts.initial-administrator-password=lantern cobalt mango rivet")
	@ExtendWith(OutputCaptureExtension.class)
	class WithAPresetPassword {

		@DynamicPropertySource
		static void database(DynamicPropertyRegistry registry) {
			emptyDatabase(registry);
		}

		@Test
		void theAdministratorExistsBeforeThePortOpensAndNoLinkIsPromised(CapturedOutput output) {
			assertThat(output.getAll()).contains("Back office:")
				.contains("created with the password from the configuration")
				.doesNotContain("set-up link")
				.doesNotContain("/office/setup/");
			assertThat(administratorsWhenThePortOpened).hasValue(1);
		}
	}
}
