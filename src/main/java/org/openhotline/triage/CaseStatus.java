package org.openhotline.triage;

/** Where a case stands in the analysts' workflow. */
public enum CaseStatus {

	/** Reported and waiting in the queue; no analyst has it yet. */
	NEW,

	/** An analyst has claimed it and is assessing it (the claim lapses after a while). */
	CLAIMED,

	/** Assessed once and picked for a second, independent assessment by someone else. */
	SECOND_ASSESSMENT,

	/** The two assessments differ: a supervisor settles it. */
	DISAGREEMENT,

	/** The assessment is final and the outcome calls for action (trace, notices, URL list). */
	ASSESSED,

	/** Nothing more is to be done: not illegal, outside the remit, gone, or a duplicate. */
	CLOSED;

	/** Still waiting for an analyst or a supervisor. */
	public boolean isOpen() {
		return this == NEW || this == CLAIMED || this == SECOND_ASSESSMENT || this == DISAGREEMENT;
	}

	/** What a reporter holding a receipt code may learn of this status. */
	public ReporterStatus forReporter() {
		return switch (this) {
			case NEW -> ReporterStatus.RECEIVED;
			case CLAIMED, SECOND_ASSESSMENT, DISAGREEMENT -> ReporterStatus.BEING_ASSESSED;
			case ASSESSED, CLOSED -> ReporterStatus.ASSESSED;
		};
	}
}
