package org.openhotline.blocklist.internal;

/**
 * A manifest with its signature.
 *
 * @param json the signed text, {@link Manifest#json()}
 * @param signature Ed25519 over the UTF-8 bytes of {@code json}, base64
 */
public record SignedManifest(Manifest manifest, String json, String signature) {
}
