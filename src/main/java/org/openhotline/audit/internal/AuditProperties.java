package org.openhotline.audit.internal;

import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * @param key base64 of at least 32 random bytes: the HMAC key of the chain. Keep it out of
 * database backups: with the database alone nobody can rewrite the chain unnoticed.
 */
@Validated
@ConfigurationProperties("openhotline.audit")
public record AuditProperties(
		@NotBlank(message = "openhotline.audit.key is not set: set OPENHOTLINE_AUDIT_KEY to at least 32 random bytes in base64 (openssl rand -base64 32)") String key) {

	byte[] keyBytes() {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(key.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("openhotline.audit.key is not base64", ex);
		}
		if (bytes.length < 32) {
			throw new IllegalStateException("openhotline.audit.key must hold at least 32 bytes");
		}
		return bytes;
	}
}
