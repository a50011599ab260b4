package org.openhotline.triage;

/** A workflow step that the case's status or claim does not allow; {@code getMessage()} is a message key. */
public class CaseTransitionRefused extends RuntimeException {

	public CaseTransitionRefused(String messageKey) {
		super(messageKey);
	}
}
