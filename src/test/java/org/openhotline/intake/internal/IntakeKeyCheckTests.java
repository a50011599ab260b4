package org.openhotline.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhotline.OpenHotlineApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A second node on the same database with another intake or accounts key refuses to start,
 * naming the key, and writes nothing: no check value changes, no report, no audit entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeKeyCheckTests {

	// 32 bytes, none of the test configuration's keys
	private static final String OTHER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstNodeStoredACheckValuePerKey() {
		assertThat(jdbc.sql("SELECT name FROM key_check").query(String.class).list()).contains(
				"openhotline.intake.secret-key", "openhotline.intake.contact-encryption-key",
				"openhotline.accounts.secret-key");
	}

	@Test
	void aNodeWithAnotherIntakeSecretKeyRefusesToStartAndWritesNothing() {
		refusesToStart("--openhotline.intake.secret-key=" + OTHER_KEY, "OPENHOTLINE_INTAKE_SECRET_KEY");
	}

	@Test
	void aNodeWithAnotherContactEncryptionKeyRefusesToStart() {
		refusesToStart("--openhotline.intake.contact-encryption-key=" + OTHER_KEY,
				"OPENHOTLINE_INTAKE_CONTACT_ENCRYPTION_KEY");
	}

	@Test
	void aNodeWithAnotherAccountsKeyRefusesToStart() {
		refusesToStart("--openhotline.accounts.secret-key=" + OTHER_KEY, "OPENHOTLINE_ACCOUNTS_SECRET_KEY");
	}

	private void refusesToStart(String setting, String variable) {
		List<String> checks = checks();
		long reports = count("report");
		long entries = count("audit_entry");

		assertThatThrownBy(() -> new SpringApplicationBuilder(OpenHotlineApplication.class).run("--server.port=0", setting))
			.rootCause()
			.hasMessageStartingWith(variable + " (")
			.hasMessageContaining("does not match the key the other nodes of this database use")
			.hasMessageContaining("give it the key the other nodes use");

		assertThat(checks()).isEqualTo(checks);
		assertThat(count("report")).isEqualTo(reports);
		assertThat(count("audit_entry")).isEqualTo(entries);
	}

	private List<String> checks() {
		return jdbc.sql("SELECT name, check_value FROM key_check ORDER BY name")
			.query((rs, n) -> rs.getString(1) + "=" + HexFormat.of().formatHex(rs.getBytes(2)))
			.list();
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}
}
