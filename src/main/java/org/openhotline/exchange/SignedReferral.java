package org.openhotline.exchange;

/**
 * A referral as sent: the exact bytes of the document, the base64 Ed25519 signature over them
 * (header {@code Signature-Ed25519}) and the id of the key that made it (header
 * {@code Signature-Key-Id}).
 */
public record SignedReferral(byte[] body, String signature, String keyId) {

	public static final String SIGNATURE_HEADER = "Signature-Ed25519";

	public static final String KEY_ID_HEADER = "Signature-Key-Id";
}
