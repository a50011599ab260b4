package org.openhotline.blocklist.internal;

import java.io.OutputStream;

import org.openhotline.blocklist.ListFormat;

/** The writer of each format of the list. */
public final class ListWriters {

	private ListWriters() {
	}

	/**
	 * @param withAddresses whether items show their URL, expression and host (members at the
	 *        hashes-only level never get them, so formats made of addresses are refused)
	 */
	public static ListWriter of(ListFormat format, boolean withAddresses, OutputStream out) {
		if (format.holdsAddresses() && !withAddresses) {
			throw new IllegalArgumentException(format.wireName() + " shows addresses");
		}
		return switch (format) {
			case JSON -> new JsonListWriter(out, withAddresses);
			case CSV -> new CsvListWriter(out);
			case TEXT -> new LineListWriter(out, LineListWriter.Column.URL);
			case SHA256 -> new LineListWriter(out, LineListWriter.Column.SHA256);
			case RPZ -> new RpzListWriter(out);
		};
	}
}
