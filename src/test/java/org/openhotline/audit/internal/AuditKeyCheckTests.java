package org.openhotline.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openhotline.OpenHotlineApplication;
import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A second node on the same database with another audit key refuses to start and writes no
 * entry; with the same key it starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditKeyCheckTests {

	// 32 bytes, not the test configuration's key
	private static final String OTHER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNodeWithAnotherAuditKeyRefusesToStartAndWritesNothing() {
		trail.record("key-check-test", AuditAction.SIGN_IN, "key-check", "");
		long count = count();
		byte[] newestMac = newestMac();

		assertThatThrownBy(() -> new SpringApplicationBuilder(OpenHotlineApplication.class).run("--server.port=0",
				"--openhotline.audit.key=" + OTHER_KEY))
			.rootCause()
			.hasMessageContaining("OPENHOTLINE_AUDIT_KEY")
			.hasMessageContaining("does not match the key that signed the newest audit entry")
			.hasMessageContaining("give it the key the other nodes use");

		assertThat(count()).isEqualTo(count);
		assertThat(newestMac()).isEqualTo(newestMac);
	}

	@Test
	void aNodeWithTheSameAuditKeyStarts() {
		trail.record("key-check-test", AuditAction.SIGN_IN, "key-check", "");
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(OpenHotlineApplication.class)
			.run("--server.port=0")) {
			assertThat(second.isActive()).isTrue();
		}
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
	}

	private byte[] newestMac() {
		return jdbc.sql("SELECT mac FROM audit_entry ORDER BY sequence DESC LIMIT 1").query(byte[].class).single();
	}
}
