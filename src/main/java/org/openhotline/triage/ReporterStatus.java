package org.openhotline.triage;

/** The coarse status a reporter sees behind a receipt code. Message keys {@code status.<name>}. */
public enum ReporterStatus {

	/** Stored, and waiting for an analyst. */
	RECEIVED,

	/** An analyst is looking at at least one of its addresses. */
	BEING_ASSESSED,

	/** Every address has been assessed. */
	ASSESSED
}
