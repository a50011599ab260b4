package org.openhotline.triage;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One reported address and everything the hotline does about it. Repeat reports of the
 * same canonical URL join the case instead of making a new one.
 */
public final class Case {

	private final CaseId id;

	private final String canonicalUrl;

	private final String displayUrl;

	private final String host;

	private final @Nullable String registrableDomain;

	private final Set<String> flags;

	private final CaseStatus status;

	private final int reportCount;

	private final Instant firstReportedAt;

	private final Instant lastReportedAt;

	Case(CaseId id, String canonicalUrl, String displayUrl, String host, @Nullable String registrableDomain,
			Set<String> flags, CaseStatus status, int reportCount, Instant firstReportedAt, Instant lastReportedAt) {
		this.id = id;
		this.canonicalUrl = canonicalUrl;
		this.displayUrl = displayUrl;
		this.host = host;
		this.registrableDomain = registrableDomain;
		this.flags = Set.copyOf(flags);
		this.status = status;
		this.reportCount = reportCount;
		this.firstReportedAt = firstReportedAt;
		this.lastReportedAt = lastReportedAt;
	}

	public CaseId id() {
		return id;
	}

	public String canonicalUrl() {
		return canonicalUrl;
	}

	public String displayUrl() {
		return displayUrl;
	}

	public String host() {
		return host;
	}

	public @Nullable String registrableDomain() {
		return registrableDomain;
	}

	public Set<String> flags() {
		return flags;
	}

	public CaseStatus status() {
		return status;
	}

	public int reportCount() {
		return reportCount;
	}

	public Instant firstReportedAt() {
		return firstReportedAt;
	}

	public Instant lastReportedAt() {
		return lastReportedAt;
	}
}
