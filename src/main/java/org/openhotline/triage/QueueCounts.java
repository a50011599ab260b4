package org.openhotline.triage;

import java.util.EnumMap;
import java.util.Map;

/**
 * The open cases at a glance: how many wait in each open status, how many of them are aged
 * (first reported longer ago than {@link TriageProperties#agedAfter()}), how many the person holds.
 */
public record QueueCounts(Map<CaseStatus, Integer> byStatus, int aged, int mine) {

	public QueueCounts {
		byStatus = Map.copyOf(byStatus.isEmpty() ? new EnumMap<>(CaseStatus.class) : new EnumMap<>(byStatus));
	}

	/** Open cases in the status (0 for none, and for a status that is not open). */
	public int of(CaseStatus status) {
		return byStatus.getOrDefault(status, 0);
	}

	/** Every open case. */
	public int open() {
		return byStatus.values().stream().mapToInt(Integer::intValue).sum();
	}
}
