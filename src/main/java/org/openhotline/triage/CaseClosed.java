package org.openhotline.triage;

import java.time.Instant;
import java.util.UUID;

/**
 * Nothing more is to be done about a case. No module listens to it yet: it is published for
 * the URL list and the statistics that are to come.
 */
public record CaseClosed(UUID caseId, String outcome, Instant closedAt) {
}
