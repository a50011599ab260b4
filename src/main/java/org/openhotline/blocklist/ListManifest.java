package org.openhotline.blocklist;

import java.time.Instant;

/**
 * A version of the list as members verify it.
 *
 * @param manifest the exact text that was signed (one line of JSON)
 * @param signature the Ed25519 signature over the manifest's UTF-8 bytes, base64
 */
public record ListManifest(String list, long version, String checksum, long entries, Instant time, String manifest,
		String signature, String keyId) {
}
