package org.openhotline.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A table as RFC 4180 CSV, with cells a spreadsheet would run as a formula neutralised. */
class CsvTests {

	@Test
	void formulaCellsAreNeutralisedAndTheRestQuotedAsRfc4180Says() {
		Table table = new Table("languages", "Languages", List.of("Language", "Reports"),
				List.of(List.of("=HYPERLINK(\"x\")", "1"), List.of("+1", "2"), List.of("-1", "3"), List.of("@SUM(A1)", "4"),
						List.of("a=b, c", "5"), List.of("–", "6")));

		String csv = StatisticsController.Csv.of(table);

		assertThat(csv).isEqualTo("Language,Reports\r\n" + "\"'=HYPERLINK(\"\"x\"\")\",1\r\n" + "'+1,2\r\n" + "'-1,3\r\n"
				+ "'@SUM(A1),4\r\n" + "\"a=b, c\",5\r\n" + "–,6\r\n");
	}
}
