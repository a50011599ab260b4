package org.openhotline.shared.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table of figures as RFC 4180 CSV, for the office's downloads, with the cells a
 * spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return, which
 * a spreadsheet may skip before one) neutralised by a leading quote.
 */
public final class SpreadsheetCsv {

	private SpreadsheetCsv() {
	}

	public static String of(List<String> headings, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord(headings.stream().map(SpreadsheetCsv::neutralised).toList());
			for (List<String> row : rows) {
				csv.printRecord(row.stream().map(SpreadsheetCsv::neutralised).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	public static String neutralised(String cell) {
		return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}
}
