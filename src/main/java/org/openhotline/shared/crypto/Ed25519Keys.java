package org.openhotline.shared.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Ed25519 keys as an administrator gives them (base64 of the raw 32 bytes, or PEM), signing
 * and verifying, and the key id: the first 16 hex characters of the SHA-256 of the raw
 * 32-byte public key.
 */
public final class Ed25519Keys {

	private static final Pattern PEM = Pattern.compile("-----BEGIN [A-Z ]+-----([^-]*)-----END [A-Z ]+-----");

	private Ed25519Keys() {
	}

	/** A private key from a PEM PKCS#8 block or the base64 of a 32-byte seed; an {@link IllegalArgumentException} else. */
	public static Ed25519PrivateKeyParameters privateKey(String configured) {
		Object key;
		try {
			key = isPem(configured) ? PrivateKeyFactory.createKey(pemBody(configured))
					: Base64.getDecoder().decode(configured.strip());
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalArgumentException("not a readable Ed25519 private key", ex);
		}
		if (key instanceof Ed25519PrivateKeyParameters ed25519) {
			return ed25519;
		}
		if (key instanceof byte[] seed && seed.length == Ed25519PrivateKeyParameters.KEY_SIZE) {
			return new Ed25519PrivateKeyParameters(seed, 0);
		}
		throw new IllegalArgumentException("not an Ed25519 private key nor a 32-byte seed");
	}

	/** A public key from a PEM SPKI block or the base64 of its raw 32 bytes; an {@link IllegalArgumentException} else. */
	public static Ed25519PublicKeyParameters publicKey(String configured) {
		Object key;
		try {
			key = isPem(configured) ? PublicKeyFactory.createKey(pemBody(configured))
					: Base64.getDecoder().decode(configured.strip());
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalArgumentException("not a readable Ed25519 public key", ex);
		}
		if (key instanceof Ed25519PublicKeyParameters ed25519) {
			return ed25519;
		}
		if (key instanceof byte[] raw && raw.length == Ed25519PublicKeyParameters.KEY_SIZE) {
			return new Ed25519PublicKeyParameters(raw, 0);
		}
		throw new IllegalArgumentException("not an Ed25519 public key");
	}

	public static String keyId(Ed25519PublicKeyParameters publicKey) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
			return HexFormat.of().formatHex(digest).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** The signature of the message, base64 (standard, padded). */
	public static String sign(Ed25519PrivateKeyParameters key, byte[] message) {
		Ed25519Signer signer = new Ed25519Signer();
		signer.init(true, key);
		signer.update(message, 0, message.length);
		return Base64.getEncoder().encodeToString(signer.generateSignature());
	}

	/** Whether the base64 signature is the key's over exactly these bytes; anything unreadable is false. */
	public static boolean verify(Ed25519PublicKeyParameters key, byte[] message, String signature) {
		byte[] raw;
		try {
			raw = Base64.getDecoder().decode(signature.strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		Ed25519Signer verifier = new Ed25519Signer();
		verifier.init(false, key);
		verifier.update(message, 0, message.length);
		return verifier.verifySignature(raw);
	}

	public static String base64(Ed25519PublicKeyParameters key) {
		return Base64.getEncoder().encodeToString(key.getEncoded());
	}

	private static boolean isPem(String text) {
		return text.contains("-----BEGIN ");
	}

	/** The DER inside a PEM block, also when an environment variable has folded its lines into one. */
	private static byte[] pemBody(String pem) {
		Matcher block = PEM.matcher(pem);
		if (!block.find()) {
			throw new IllegalArgumentException("no PEM block");
		}
		return Base64.getDecoder().decode(block.group(1).replaceAll("\\s", "").getBytes(StandardCharsets.US_ASCII));
	}
}
