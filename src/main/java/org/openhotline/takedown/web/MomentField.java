package org.openhotline.takedown.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.openhotline.takedown.Takedowns;

/** A time as a datetime-local field sends it, read as UTC; blank means now. */
final class MomentField {

	private MomentField() {
	}

	static Instant parse(@Nullable String value, Clock clock) {
		if (value == null || value.isBlank()) {
			return clock.instant();
		}
		try {
			return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException e) {
			throw new Takedowns.Refused("takedown.error.time");
		}
	}
}
