package org.openhotline.accounts.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A sign-in attempt counted before it is checked: admitted (it is failure number
 * {@code failures} unless it succeeds, and the account waits until {@code lockedUntil} unless
 * it succeeds), or refused unchecked because the account waits until {@code lockedUntil}.
 */
public record Attempt(boolean admitted, int failures, @Nullable Instant lockedUntil) {

	static Attempt admitted(int failures, @Nullable Instant lockedUntil) {
		return new Attempt(true, failures, lockedUntil);
	}

	static Attempt waiting(Instant until) {
		return new Attempt(false, 0, until);
	}
}
