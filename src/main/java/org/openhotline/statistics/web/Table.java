package org.openhotline.statistics.web;

import java.util.List;

/**
 * One table of figures as shown, cell by cell: the page and its CSV are written from the same
 * cells, so the file has the page's figures.
 */
record Table(String id, String caption, List<String> headings, List<List<String>> rows) {

	Table {
		headings = List.copyOf(headings);
		rows = rows.stream().map(List::copyOf).toList();
	}
}
