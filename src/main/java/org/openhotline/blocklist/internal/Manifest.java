package org.openhotline.blocklist.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * What is signed for one version of the list.
 *
 * @param checksum SHA-256 over the sorted raw hashes of every item, lower-case hex
 * @param time when the version was made, to the second
 * @param keyId the key that signs it
 */
public record Manifest(String list, long version, String checksum, long entries, Instant time, String keyId) {

	// nothing in a manifest needs escaping in JSON, so members can check the signed bytes by eye
	private static final Pattern LIST = Pattern.compile("[a-z0-9][a-z0-9.-]{0,62}");

	private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

	public Manifest {
		time = time.truncatedTo(ChronoUnit.SECONDS);
		if (!LIST.matcher(list).matches() || checksum.length() != 64 || !HEX.matcher(checksum).matches()
				|| !HEX.matcher(keyId).matches() || version < 0 || entries < 0) {
			throw new IllegalArgumentException("not a manifest: " + list + " " + version + " " + checksum + " "
					+ entries + " " + keyId);
		}
	}

	/** The exact bytes signed (as UTF-8): one line of JSON, fields in this order, no spaces. */
	public String json() {
		return "{\"list\":\"" + list + "\",\"version\":" + version + ",\"checksum\":\"" + checksum + "\",\"entries\":"
				+ entries + ",\"time\":\"" + DateTimeFormatter.ISO_INSTANT.format(time) + "\",\"keyId\":\"" + keyId
				+ "\"}";
	}
}
