package org.openhotline.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.openhotline.audit.AuditEntry;
import org.springframework.stereotype.Component;

/**
 * The chain's MAC: HMAC-SHA256 over the previous entry's MAC and every field of the entry,
 * each field length-prefixed so that no two different entries give the same input. The
 * sequence number is covered, so a moved entry breaks the chain as an altered one does.
 */
@Component
public class AuditChain {

	public static final byte[] GENESIS = new byte[32];

	private final SecretKeySpec key;

	AuditChain(AuditProperties properties) {
		this.key = new SecretKeySpec(properties.keyBytes(), "HmacSHA256");
	}

	public byte[] mac(byte[] previous, AuditEntry entry) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(previous);
			mac.update(ByteBuffer.allocate(16)
				.putLong(entry.sequence())
				.putLong(entry.occurredAt().getEpochSecond() * 1_000_000 + entry.occurredAt().getNano() / 1_000)
				.array());
			for (String field : new String[] { entry.actor(), entry.action(), entry.target(), entry.details() }) {
				byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
				mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
				mac.update(bytes);
			}
			return mac.doFinal();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}
}
