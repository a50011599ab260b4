package org.openhotline.blocklist.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.jspecify.annotations.Nullable;
import org.openhotline.blocklist.SigningKey;
import org.openhotline.shared.crypto.Ed25519Keys;
import org.springframework.stereotype.Component;

/** Signs the manifest of each version with the list's Ed25519 key, and publishes the public keys. */
@Component
public class ListSigner {

	private static final String HOW_TO_MAKE_ONE = "set OPENHOTLINE_BLOCKLIST_SIGNING_KEY to an Ed25519 private key: "
			+ "PEM PKCS#8 (openssl genpkey -algorithm ed25519) or the base64 of a 32-byte seed (openssl rand -base64 32)";

	private final Ed25519PrivateKeyParameters privateKey;

	private final String keyId;

	private final List<SigningKey> publicKeys;

	public ListSigner(BlocklistProperties properties) {
		this.privateKey = privateKey(properties.signingKey());
		byte[] publicKey = privateKey.generatePublicKey().getEncoded();
		this.keyId = keyId(publicKey);
		Map<String, SigningKey> keys = new LinkedHashMap<>();
		keys.put(keyId, signingKey(publicKey, true));
		List<String> retired = properties.retiredPublicKeys();
		for (int i = 0; i < retired.size(); i++) {
			byte[] old = retiredPublicKey(retired.get(i), "openhotline.blocklist.retired-public-keys[" + i + "]");
			keys.putIfAbsent(keyId(old), signingKey(old, false));
		}
		this.publicKeys = List.copyOf(keys.values());
	}

	public SignedManifest sign(String list, long version, String checksum, long entries, Instant time) {
		Manifest manifest = new Manifest(list, version, checksum, entries, time, keyId);
		String json = manifest.json();
		return new SignedManifest(manifest, json, Ed25519Keys.sign(privateKey, json.getBytes(StandardCharsets.UTF_8)));
	}

	public String keyId() {
		return keyId;
	}

	/** The key that signs now, then the retired ones that signed older versions. */
	public List<SigningKey> publicKeys() {
		return publicKeys;
	}

	/** The first 16 hex characters of the SHA-256 of the raw 32-byte public key. */
	static String keyId(byte[] rawPublicKey) {
		return Ed25519Keys.keyId(new Ed25519PublicKeyParameters(rawPublicKey, 0));
	}

	private static Ed25519PrivateKeyParameters privateKey(@Nullable String configured) {
		String property = "openhotline.blocklist.signing-key";
		if (configured == null || configured.isBlank()) {
			throw new IllegalStateException(property + " is not set: " + HOW_TO_MAKE_ONE);
		}
		try {
			return Ed25519Keys.privateKey(configured);
		}
		catch (IllegalArgumentException unreadable) {
			throw new IllegalStateException(property + " cannot be read (" + unreadable.getMessage() + "): " + HOW_TO_MAKE_ONE,
					unreadable);
		}
	}

	private static byte[] retiredPublicKey(String configured, String property) {
		try {
			return Ed25519Keys.publicKey(configured).getEncoded();
		}
		catch (IllegalArgumentException unreadable) {
			throw new IllegalStateException(property + " cannot be read (" + unreadable.getMessage() + "): give the base64 of the raw 32-byte Ed25519 "
					+ "public key, or its PEM (openssl pkey -pubout)", unreadable);
		}
	}

	private static SigningKey signingKey(byte[] rawPublicKey, boolean current) {
		return new SigningKey(keyId(rawPublicKey), "Ed25519", Base64.getEncoder().encodeToString(rawPublicKey),
				pem(rawPublicKey), current);
	}

	private static String pem(byte[] rawPublicKey) {
		try {
			byte[] der = SubjectPublicKeyInfoFactory
				.createSubjectPublicKeyInfo(new Ed25519PublicKeyParameters(rawPublicKey, 0))
				.getEncoded();
			return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
					+ "\n-----END PUBLIC KEY-----\n";
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
