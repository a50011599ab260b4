package org.openhotline.triage;

/** Where a case stands in the analysts' workflow. */
public enum CaseStatus {

	/** Reported and waiting in the queue; no analyst has it yet. */
	NEW,

	/** An analyst has claimed it and is assessing it. */
	CLAIMED,

	/** Assessed under the taxonomy; what follows depends on the outcome. */
	ASSESSED,

	/** Nothing more is to be done. */
	CLOSED;

	/** What a reporter holding a receipt code may learn of this status. */
	public ReporterStatus forReporter() {
		return switch (this) {
			case NEW -> ReporterStatus.RECEIVED;
			case CLAIMED -> ReporterStatus.BEING_ASSESSED;
			case ASSESSED, CLOSED -> ReporterStatus.ASSESSED;
		};
	}
}
