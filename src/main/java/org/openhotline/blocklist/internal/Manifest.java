package org.openhotline.blocklist.internal;

import java.time.Instant;

/** TEMPORARY stub: replaced by the i13-pure branch. */
public record Manifest(String list, long version, String checksum, long entries, Instant time, String keyId) {

	public String json() {
		return "{\"list\":\"" + list + "\",\"version\":" + version + ",\"checksum\":\"" + checksum + "\",\"entries\":"
				+ entries + ",\"time\":\"" + time + "\",\"keyId\":\"" + keyId + "\"}";
	}
}
