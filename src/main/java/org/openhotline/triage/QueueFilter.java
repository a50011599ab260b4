package org.openhotline.triage;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a person's queue shows: some portals (none: every portal), one open status, cases
 * first reported longer ago than a time, only those they hold ({@code mine}), only those nobody
 * holds ({@code unclaimed}). "Claim next" takes the top case of the same filter.
 */
public record QueueFilter(List<String> portals, @Nullable CaseStatus status, @Nullable Duration olderThan,
		boolean mine, boolean unclaimed) implements Serializable {

	private static final long serialVersionUID = 1L;

	public static final QueueFilter EVERYTHING = new QueueFilter(List.of(), null, null, false, false);

	public QueueFilter {
		portals = List.copyOf(portals);
		if (status != null && !status.isOpen()) {
			throw new IllegalArgumentException("The queue holds open cases only: " + status);
		}
	}
}
