package org.openhotline.triage;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A case's assessment became final. {@code actionRequired}: the outcome is illegal
 * (INTERPOL baseline or nationally illegal), so tracing, notices and the URL list act on it.
 * {@code host} is in its ASCII (punycode) form; {@code registrableDomain} is absent for IP
 * addresses and onion services.
 */
public record CaseAssessed(UUID caseId, String canonicalUrl, String host, @Nullable String registrableDomain,
		String outcome, String interpolClass,
		boolean actionRequired, String taxonomyId, int taxonomyVersion, Instant firstReportedAt, Instant assessedAt) {
}
