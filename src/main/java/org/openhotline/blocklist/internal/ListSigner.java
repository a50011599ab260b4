package org.openhotline.blocklist.internal;

import java.time.Instant;
import java.util.List;

import org.openhotline.blocklist.SigningKey;
import org.springframework.stereotype.Component;

/** TEMPORARY stub: replaced by the i13-pure branch. */
@Component
public class ListSigner {

	public SignedManifest sign(String list, long version, String checksum, long entries, Instant time) {
		Manifest manifest = new Manifest(list, version, checksum, entries, time, keyId());
		return new SignedManifest(manifest, manifest.json(), "c3R1Yg==");
	}

	public String keyId() {
		return "0000000000000000";
	}

	public List<SigningKey> publicKeys() {
		return List.of();
	}
}
