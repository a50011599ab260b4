package org.openhotline.triage;

import java.time.Instant;
import java.util.UUID;

/** Nothing more is to be done about a case. */
public record CaseClosed(UUID caseId, String outcome, Instant closedAt) {
}
