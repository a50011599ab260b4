package org.openhotline.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A cell that a spreadsheet would run as a formula is neutralised, also when a tab or a carriage
 * return comes first (spreadsheets skip them): a hosting provider's name comes from outside.
 */
class SpreadsheetCsvTests {

	@Test
	void aFormulaAfterATabOrACarriageReturnIsNeutralisedToo() {
		assertThat(SpreadsheetCsv.neutralised("\t=HYPERLINK(\"x\")")).startsWith("'");
		assertThat(SpreadsheetCsv.neutralised("\r=1+1")).startsWith("'");
		assertThat(SpreadsheetCsv.neutralised("=1+1")).isEqualTo("'=1+1");
		assertThat(SpreadsheetCsv.neutralised("AS64496 Example")).isEqualTo("AS64496 Example");
		assertThat(SpreadsheetCsv.neutralised("")).isEmpty();
	}
}
