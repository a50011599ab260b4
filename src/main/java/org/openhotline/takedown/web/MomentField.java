package org.openhotline.takedown.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.StepRefused;

/** A time as a datetime-local field with seconds sends it, read as UTC, to the second; blank means now. */
final class MomentField {

	/** Always with the seconds, so that the field shows and sends them (step=1). */
	private static final DateTimeFormatter VALUE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private MomentField() {
	}

	static Instant parse(@Nullable String value, Clock clock) {
		if (value == null || value.isBlank()) {
			return clock.instant();
		}
		try {
			return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		}
		catch (DateTimeParseException e) {
			throw new StepRefused("takedown.error.time");
		}
	}

	/** The field's value for {@code instant}, in UTC, to the second. */
	static String format(Instant instant) {
		return VALUE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}
}
