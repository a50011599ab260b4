package org.openhotline.triage;

import java.util.Map;

/**
 * The open cases at a glance: how many wait in each open status, how many of them are aged
 * (first reported longer ago than {@link TriageProperties#agedAfter()}), how many the person
 * holds. Each is counted up to {@link #CAP}: beyond it, a number says nothing more to a person.
 */
public record QueueCounts(Map<CaseStatus, Integer> byStatus, int aged, int mine) {

	/** The most a count counts: a count at the cap means "this many or more". */
	public static final int CAP = 1000;

	public QueueCounts {
		byStatus = Map.copyOf(byStatus);
	}

	/** Open cases in the status (0 for none, and for a status that is not open). */
	public int of(CaseStatus status) {
		return byStatus.getOrDefault(status, 0);
	}

	/** A count as a page shows it: "1000+" at the cap. */
	public String shown(int count) {
		return count >= CAP ? CAP + "+" : Integer.toString(count);
	}
}
