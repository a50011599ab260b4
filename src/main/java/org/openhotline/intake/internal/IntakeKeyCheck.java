package org.openhotline.intake.internal;

import org.openhotline.shared.crypto.KeyChecks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a node whose intake keys are not the other nodes': it would make receipt
 * codes and form tokens the others do not know, or contact details they cannot read. Runs
 * when the singletons are made, before the web server takes a request.
 */
@Component
class IntakeKeyCheck {

	IntakeKeyCheck(JdbcClient jdbc, IntakeProperties properties) {
		KeyChecks.verifyOrRecord(jdbc, "openhotline.intake.secret-key", "OPENHOTLINE_INTAKE_SECRET_KEY",
				properties.secretKeyBytes(), "make receipt codes and form tokens the other nodes do not know");
		KeyChecks.verifyOrRecord(jdbc, "openhotline.intake.contact-encryption-key",
				"OPENHOTLINE_INTAKE_CONTACT_ENCRYPTION_KEY", properties.contactEncryptionKeyBytes(),
				"encrypt reporters' contact details the other nodes cannot read, and not read theirs");
	}
}
