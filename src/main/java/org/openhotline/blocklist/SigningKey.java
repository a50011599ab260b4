package org.openhotline.blocklist;

/**
 * A public key that signs, or signed, the list's manifests.
 *
 * @param keyId the first 16 hex characters of the SHA-256 of the raw public key
 * @param publicKey the raw 32-byte Ed25519 public key, base64
 * @param pem the same key as a PEM SubjectPublicKeyInfo (what {@code openssl} reads)
 * @param current whether it signs new versions (false: retired, kept to verify older copies)
 */
public record SigningKey(String keyId, String algorithm, String publicKey, String pem, boolean current) {
}
