package org.openhotline.statistics.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn as SVG by the page: the geometry is computed here, the page only writes
 * it out (text escaped by the template). Vertical bars for figures over time, horizontal ones
 * for a breakdown. The chart is an image with a title and a description; the table after it
 * gives the same figures.
 */
record BarChart(String id, String title, String description, int width, int height, boolean horizontal,
		List<Bar> bars) {

	static final int WIDTH = 720;

	private static final int TIME_HEIGHT = 240;

	private static final int AXIS = 20;

	private static final int ROW = 26;

	private static final int LABEL_WIDTH = 260;

	private static final int VALUE_WIDTH = 70;

	/** One bar, with where its label and value go; {@code showLabel} is false for labels that would overlap. */
	record Bar(String label, long value, int x, int y, int width, int height, int labelX, int labelY, int valueX,
			int valueY, boolean showLabel) {
	}

	record Entry(String label, long value) {
	}

	static BarChart overTime(String id, String title, String description, List<Entry> entries) {
		int n = Math.max(1, entries.size());
		long max = Math.max(1, entries.stream().mapToLong(Entry::value).max().orElse(1));
		double slot = (double) WIDTH / n;
		int plot = TIME_HEIGHT - 2 * AXIS;
		// about a dozen labels at most, so they never overlap
		int every = (int) Math.ceil(n / 12.0);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			int height = (int) Math.round((double) entry.value() * plot / max);
			int x = (int) Math.round(i * slot + slot * 0.1);
			int width = Math.max(1, (int) Math.round(slot * 0.8));
			bars.add(new Bar(entry.label(), entry.value(), x, AXIS + plot - height, width, height, x + width / 2,
					TIME_HEIGHT - 4, x + width / 2, AXIS + plot - height - 4, i % every == 0));
		}
		return new BarChart(id, title, description, WIDTH, TIME_HEIGHT, false, bars);
	}

	static BarChart breakdown(String id, String title, String description, List<Entry> entries) {
		long max = Math.max(1, entries.stream().mapToLong(Entry::value).max().orElse(1));
		int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			int width = (int) Math.round((double) entry.value() * plot / max);
			int y = i * ROW + 4;
			bars.add(new Bar(entry.label(), entry.value(), LABEL_WIDTH, y, width, ROW - 8, LABEL_WIDTH - 8, y + ROW / 2,
					LABEL_WIDTH + width + 6, y + ROW / 2, true));
		}
		return new BarChart(id, title, description, WIDTH, Math.max(ROW, entries.size() * ROW + 8), true, bars);
	}
}
