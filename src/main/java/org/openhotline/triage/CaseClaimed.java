package org.openhotline.triage;

import java.time.Instant;
import java.util.UUID;

/**
 * A new case was taken by an analyst ({@code claimed}), or given back to the queue unassessed:
 * what its reporters are told changes between received and being assessed.
 */
public record CaseClaimed(UUID caseId, boolean claimed, Instant at) {
}
