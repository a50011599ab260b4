package org.openhotline.blocklist.internal;

import java.io.OutputStream;
import java.util.List;

import org.openhotline.blocklist.Change;

/** TEMPORARY stub: replaced by the i13-pure branch. */
public final class ChangesWriter {

	private ChangesWriter() {
	}

	public static void write(SignedManifest manifest, long from, List<Change> changes, boolean withAddresses,
			OutputStream out) {
		throw new UnsupportedOperationException();
	}

	public static void writeReset(SignedManifest manifest, long from, OutputStream out) {
		throw new UnsupportedOperationException();
	}
}
