package org.openhotline.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * Times as the back office shows them: how long ago, in words of the page's language, with the
 * exact UTC time in the markup ({@code <time datetime>}) and on hover. Used by
 * {@code fragments/time :: ago(instant)}.
 */
@Component("officeTimes")
public class OfficeTimes {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Clock clock;

	OfficeTimes(Clock clock) {
		this.clock = clock;
	}

	/** The message key and its number: "just now", "12 min ago", "3 h ago", "5 days ago", or "in …" ahead. */
	public Ago ago(Instant instant) {
		Duration between = Duration.between(instant, clock.instant());
		boolean ahead = between.isNegative();
		long seconds = Math.abs(between.getSeconds());
		String tense = ahead ? "time.in." : "time.ago.";
		if (seconds < 60) {
			return new Ago("time.just-now", 0);
		}
		if (seconds < 3600) {
			return new Ago(tense + "minutes", seconds / 60);
		}
		if (seconds < 48 * 3600) {
			return new Ago(tense + "hours", seconds / 3600);
		}
		return new Ago(tense + "days", seconds / 86_400);
	}

	/** The exact time for people: 2026-12-01 09:42:44 UTC. */
	public String utc(Instant instant) {
		return UTC.format(instant);
	}

	/** The exact time for machines (the datetime attribute), to the second. */
	public String iso(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	/** A message key of {@code time.*} and the number it takes. */
	public record Ago(String key, long amount) {
	}
}
