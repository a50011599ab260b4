package org.openhotline.intake.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.openhotline.intake.ContactDetails;
import org.openhotline.intake.ReportId;
import org.openhotline.shared.crypto.Randoms;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for reporters' contact details. Each value has its own random nonce and is
 * bound to its report (additional authenticated data), so a ciphertext copied onto another
 * report does not decrypt. Layout: version byte, 12-byte nonce, ciphertext with tag.
 */
@Component
public class ContactCipher {

	private static final byte VERSION = 1;

	private final SecretKeySpec key;

	ContactCipher(IntakeProperties properties) {
		this.key = new SecretKeySpec(properties.contactEncryptionKeyBytes(), "AES");
	}

	public byte[] encrypt(ContactDetails contact, ReportId report) {
		try {
			byte[] nonce = new byte[12];
			Randoms.current().nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(aad(report.value()));
			byte[] sealed = cipher.doFinal(contact.value().getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(1 + nonce.length + sealed.length).put(VERSION).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption failed", ex);
		}
	}

	public ContactDetails decrypt(byte[] stored, ReportId report) {
		try {
			if (stored.length < 1 + 12 + 16 || stored[0] != VERSION) {
				throw new IllegalArgumentException("Unknown contact ciphertext format");
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 1, 12));
			cipher.updateAAD(aad(report.value()));
			byte[] plain = cipher.doFinal(stored, 13, stored.length - 13);
			return new ContactDetails(new String(plain, StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Contact details do not decrypt with the configured key", ex);
		}
	}

	private static byte[] aad(UUID id) {
		return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
	}
}
