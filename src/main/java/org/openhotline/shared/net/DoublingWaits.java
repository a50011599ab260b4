package org.openhotline.shared.net;

import java.time.Duration;

/**
 * How long an outbox waits before it tries a receiver again: {@code first} after the first
 * failed attempt, twice as long after each further one, never more than {@code most}.
 */
public record DoublingWaits(Duration first, Duration most) {

	/** The wait after the attempt numbered {@code attempts} (0: the first) failed. */
	public Duration after(int attempts) {
		Duration wait = first.multipliedBy(1L << Math.min(attempts, 30));
		return wait.compareTo(most) > 0 ? most : wait;
	}
}
