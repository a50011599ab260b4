package org.openhotline.accounts.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.openhotline.accounts.AccountId;
import org.openhotline.accounts.AccountsProperties;
import org.openhotline.shared.crypto.Hmacs;
import org.openhotline.shared.crypto.Randoms;
import org.springframework.stereotype.Component;

/**
 * The account secrets kept in the database: second-factor secrets sealed with AES-256-GCM
 * (bound to their account), recovery and set-up codes as HMACs under a pepper. A database
 * dump alone gives neither.
 */
@Component
public class Sealing {

	private final SecretKeySpec sealKey;

	private final SecretKeySpec pepper;

	Sealing(AccountsProperties properties) {
		byte[] secret = secretKeyBytes(properties.secretKey());
		this.sealKey = new SecretKeySpec(Hmacs.derive(secret, "totp-seal"), "AES");
		this.pepper = new SecretKeySpec(Hmacs.derive(secret, "code-pepper"), "HmacSHA256");
	}

	public byte[] seal(byte[] secret, AccountId account) {
		try {
			byte[] nonce = new byte[12];
			Randoms.current().nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(account.toString().getBytes(StandardCharsets.US_ASCII));
			byte[] sealed = cipher.doFinal(secret);
			return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	public byte[] open(byte[] sealed, AccountId account) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(128, sealed, 0, 12));
			cipher.updateAAD(account.toString().getBytes(StandardCharsets.US_ASCII));
			return cipher.doFinal(sealed, 12, sealed.length - 12);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A second-factor secret does not open with the configured key", ex);
		}
	}

	public byte[] digest(String code) {
		return Hmacs.hmac(pepper, code);
	}

	static byte[] secretKeyBytes(String secretKey) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(secretKey.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("openhotline.accounts.secret-key is not base64", ex);
		}
		if (bytes.length < 32) {
			throw new IllegalStateException("openhotline.accounts.secret-key must hold at least 32 bytes");
		}
		return bytes;
	}
}
