package org.openhotline.shared.crypto;

import java.security.MessageDigest;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks a secret key against the check value the first node stored for it (table
 * {@code key_check}), or stores it if there is none. A node given another key than the
 * other nodes refuses to start before it writes anything made with it.
 */
public final class KeyChecks {

	private KeyChecks() {
	}

	/**
	 * @param name the key's setting, e.g. {@code openhotline.intake.secret-key}
	 * @param variable its environment variable, named in the message
	 * @param damage what the node would do with the other key, for the message
	 */
	public static void verifyOrRecord(JdbcClient jdbc, String name, String variable, byte[] key, String damage) {
		byte[] value = Hmacs.hmac(new SecretKeySpec(key, "HmacSHA256"), "openhotline key check " + name);
		// the first node's value wins a race: every node compares with what is stored
		jdbc.sql("INSERT INTO key_check (name, check_value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
			.param("name", name)
			.param("value", value)
			.update();
		byte[] stored = jdbc.sql("SELECT check_value FROM key_check WHERE name = :name")
			.param("name", name)
			.query(byte[].class)
			.single();
		if (!MessageDigest.isEqual(stored, value)) {
			throw new IllegalStateException(variable + " (" + name + ") does not match the key the other nodes of this"
					+ " database use (its check value in table key_check differs): this node would " + damage
					+ "; give it the key the other nodes use");
		}
	}
}
