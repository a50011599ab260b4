package org.openhotline.statistics.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.FieldRefusals;
import org.openhotline.statistics.Granularity;

/**
 * The period and split as typed in the filters ({@code ?from=&to=&granularity=}); a value
 * left out takes the default's. {@link #filter} refuses every value it cannot read at once.
 */
record FilterForm(@Nullable String from, @Nullable String to, @Nullable String granularity) {

	Filter filter(Filter defaults) {
		FieldRefusals refused = new FieldRefusals();
		LocalDate start = blank(from) ? defaults.from() : day("from", from, refused);
		LocalDate end = blank(to) ? defaults.to() : day("to", to, refused);
		Granularity split = defaults.granularity();
		if (!blank(granularity)) {
			split = Arrays.stream(Granularity.values())
				.filter(g -> g.name().equals(granularity.strip()))
				.findFirst()
				.orElse(null);
			if (split == null) {
				refused.add("granularity", "statistics.error.granularity");
			}
		}
		refused.refuseIfAny();
		return new Filter(defaults.portal(), start, end, split);
	}

	/** What the form shows of a field: what was typed when the filters were refused, else the filter's value. */
	public String shown(String field, Filter filter, boolean refused) {
		String typed = switch (field) {
			case "from" -> from;
			case "to" -> to;
			default -> granularity;
		};
		if (refused && !blank(typed)) {
			return typed;
		}
		return switch (field) {
			case "from" -> filter.from().toString();
			case "to" -> filter.to().toString();
			default -> filter.granularity().name();
		};
	}

	private static @Nullable LocalDate day(String field, String text, FieldRefusals refused) {
		try {
			LocalDate day = LocalDate.parse(text.strip());
			if (day.getYear() >= 1970 && day.getYear() <= 9999) {
				return day;
			}
		}
		catch (DateTimeParseException e) {
			// said below
		}
		refused.add(field, "statistics.error.date");
		return null;
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
