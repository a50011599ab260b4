package org.openhotline.blocklist.internal;

import java.io.OutputStream;

import org.openhotline.blocklist.ListFormat;

/** TEMPORARY stub: replaced by the i13-pure branch. */
public final class ListWriters {

	private ListWriters() {
	}

	public static ListWriter of(ListFormat format, boolean withAddresses, OutputStream out) {
		throw new UnsupportedOperationException();
	}
}
