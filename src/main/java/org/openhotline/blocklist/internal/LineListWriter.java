package org.openhotline.blocklist.internal;

import java.io.OutputStream;

import org.openhotline.blocklist.ListItem;
import org.openhotline.blocklist.Scope;

/** One value per line: the canonical URL of each URL-level item ({@code text}), or each hash ({@code sha256}). */
final class LineListWriter implements ListWriter {

	enum Column {
		URL, SHA256
	}

	private final TextOutput out;

	private final Column column;

	LineListWriter(OutputStream out, Column column) {
		this.out = new TextOutput(out);
		this.column = column;
	}

	@Override
	public void start(SignedManifest manifest) {
		// the manifest travels in the answer's headers
	}

	@Override
	public void item(ListItem item) {
		if (column == Column.SHA256) {
			out.line(item.sha256());
		}
		else if (item.scope() == Scope.URL && item.url() != null) {
			out.line(item.url());
		}
	}

	@Override
	public void finish() {
		out.flush();
	}
}
