package org.openhotline.triage;

import java.time.Instant;
import java.util.UUID;

/**
 * A case's assessment became final. {@code actionRequired}: the outcome is illegal
 * (INTERPOL baseline or nationally illegal), so tracing, notices and the URL list act on it.
 */
public record CaseAssessed(UUID caseId, String canonicalUrl, String host, String outcome, String interpolClass,
		boolean actionRequired, String taxonomyId, int taxonomyVersion, Instant assessedAt) {
}
