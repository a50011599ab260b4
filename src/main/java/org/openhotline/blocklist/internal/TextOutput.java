package org.openhotline.blocklist.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A buffered UTF-8 writer over the caller's stream, which it flushes but never closes. */
final class TextOutput {

	private final Writer writer;

	TextOutput(OutputStream out) {
		this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
	}

	Writer writer() {
		return writer;
	}

	/** A line ended by LF, whatever the platform. */
	void line(String text) {
		try {
			writer.write(text);
			writer.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void flush() {
		try {
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
