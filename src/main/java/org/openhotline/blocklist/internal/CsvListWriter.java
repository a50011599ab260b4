package org.openhotline.blocklist.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.openhotline.blocklist.ListItem;

/** RFC 4180, one item per row under a header row. */
final class CsvListWriter implements ListWriter {

	private final TextOutput out;

	private final CSVPrinter csv;

	CsvListWriter(OutputStream out) {
		this.out = new TextOutput(out);
		try {
			this.csv = new CSVPrinter(this.out.writer(), CSVFormat.RFC4180);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void start(SignedManifest manifest) {
		row("sha256", "scope", "category", "url", "expression", "host", "added_at");
	}

	@Override
	public void item(ListItem item) {
		row(item.sha256(), item.scope().wireName(), item.category().wireName(), neutralised(item.url()),
				neutralised(item.expression()), neutralised(item.host()), JsonItems.time(item.addedAt()));
	}

	@Override
	public void finish() {
		out.flush();
	}

	private void row(@Nullable String... cells) {
		try {
			csv.printRecord((Object[]) cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A spreadsheet would run a cell starting with = + - @ as a formula. */
	private static @Nullable String neutralised(@Nullable String cell) {
		return cell != null && !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}
}
