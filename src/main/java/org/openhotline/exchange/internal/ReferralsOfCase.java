package org.openhotline.exchange.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openhotline.intake.ReportChannel;
import org.openhotline.intake.ReportDetails;
import org.openhotline.takedown.CaseReferrers;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseQueries;
import org.springframework.stereotype.Component;

/** The referrals from partner hotlines among a case's reports. */
@Component
class ReferralsOfCase implements CaseReferrers {

	/** More reports than a case of referrals has; the rest are the portal's. */
	private static final int REPORTS = 500;

	private final CaseQueries cases;

	private final ReportDetails reports;

	private final ReceivedReferrals received;

	ReferralsOfCase(CaseQueries cases, ReportDetails reports, ReceivedReferrals received) {
		this.cases = cases;
		this.reports = reports;
		this.received = received;
	}

	List<ReceivedReferrals.Taken> of(UUID caseId) {
		List<UUID> referred = cases.reports(new CaseId(caseId), 0, REPORTS)
			.stream()
			.filter(r -> ReportChannel.EXCHANGE.slug().equals(r.portalSlug()))
			.map(CaseQueries.ReportLink::reportId)
			.toList();
		if (referred.isEmpty()) {
			return List.of();
		}
		return received.ofReports(reports.summaries(referred).stream().map(ReportDetails.Summary::reference).toList());
	}

	@Override
	public Set<UUID> partnersThatReferred(UUID caseId) {
		return of(caseId).stream().map(ReceivedReferrals.Taken::partnerId).collect(Collectors.toUnmodifiableSet());
	}
}
