package org.openhotline.blocklist.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.jspecify.annotations.Nullable;
import org.openhotline.blocklist.SigningKey;
import org.springframework.stereotype.Component;

/** Signs the manifest of each version with the list's Ed25519 key, and publishes the public keys. */
@Component
public class ListSigner {

	private static final String HOW_TO_MAKE_ONE = "set OPENHOTLINE_BLOCKLIST_SIGNING_KEY to an Ed25519 private key: "
			+ "PEM PKCS#8 (openssl genpkey -algorithm ed25519) or the base64 of a 32-byte seed (openssl rand -base64 32)";

	private static final Pattern PEM = Pattern.compile("-----BEGIN [A-Z ]+-----([^-]*)-----END [A-Z ]+-----");

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
		byte[] message = json.getBytes(StandardCharsets.UTF_8);
		Ed25519Signer signer = new Ed25519Signer();
		signer.init(true, privateKey);
		signer.update(message, 0, message.length);
		return new SignedManifest(manifest, json, Base64.getEncoder().encodeToString(signer.generateSignature()));
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
		try {
			return Expressions.hex(MessageDigest.getInstance("SHA-256").digest(rawPublicKey)).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static Ed25519PrivateKeyParameters privateKey(@Nullable String configured) {
		String property = "openhotline.blocklist.signing-key";
		if (configured == null || configured.isBlank()) {
			throw new IllegalStateException(property + " is not set: " + HOW_TO_MAKE_ONE);
		}
		Object key;
		try {
			key = isPem(configured) ? PrivateKeyFactory.createKey(pemBody(configured))
					: Base64.getDecoder().decode(configured.strip());
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException(property + " cannot be read: " + HOW_TO_MAKE_ONE, ex);
		}
		if (key instanceof Ed25519PrivateKeyParameters ed25519) {
			return ed25519;
		}
		if (key instanceof byte[] seed && seed.length == Ed25519PrivateKeyParameters.KEY_SIZE) {
			return new Ed25519PrivateKeyParameters(seed, 0);
		}
		throw new IllegalStateException(property + " is not an Ed25519 private key nor a 32-byte seed: " + HOW_TO_MAKE_ONE);
	}

	private static byte[] retiredPublicKey(String configured, String property) {
		String howTo = "give the base64 of the raw 32-byte Ed25519 public key, or its PEM (openssl pkey -pubout)";
		Object key;
		try {
			key = isPem(configured) ? PublicKeyFactory.createKey(pemBody(configured))
					: Base64.getDecoder().decode(configured.strip());
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException(property + " cannot be read: " + howTo, ex);
		}
		if (key instanceof Ed25519PublicKeyParameters ed25519) {
			return ed25519.getEncoded();
		}
		if (key instanceof byte[] raw && raw.length == Ed25519PublicKeyParameters.KEY_SIZE) {
			return raw;
		}
		throw new IllegalStateException(property + " is not an Ed25519 public key: " + howTo);
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

	private static boolean isPem(String text) {
		return text.contains("-----BEGIN ");
	}

	/** The DER inside a PEM block, also when an environment variable has folded its lines into one. */
	private static byte[] pemBody(String pem) {
		Matcher block = PEM.matcher(pem);
		if (!block.find()) {
			throw new IllegalArgumentException("no PEM block");
		}
		return Base64.getDecoder().decode(block.group(1).replaceAll("\\s", ""));
	}
}
