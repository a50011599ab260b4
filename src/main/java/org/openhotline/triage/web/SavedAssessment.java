package org.openhotline.triage.web;

import java.io.Serializable;
import java.util.UUID;

import org.openhotline.triage.CaseStatus;

/**
 * What the success banner says after an assessment was saved, carried over the redirect (a
 * flash attribute, in the session's table): the case, its reference, the outcome's label and
 * the case's new status. No address, nothing a reporter gave.
 */
record SavedAssessment(UUID caseId, String reference, String outcome, CaseStatus status) implements Serializable {
}
