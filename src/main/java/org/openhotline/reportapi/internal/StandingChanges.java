package org.openhotline.reportapi.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openhotline.blocklist.EntryChanged;
import org.openhotline.intake.ReportDetails;
import org.openhotline.organisations.ApiCallbacks;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.reportapi.ReportSubmissions;
import org.openhotline.reportapi.StandingJson;
import org.openhotline.shared.crypto.Randoms;
import org.openhotline.takedown.ContentRemoved;
import org.openhotline.triage.CaseAssessed;
import org.openhotline.triage.CaseClaimed;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseQueries;
import org.openhotline.triage.ReportJoinedCasesUnderWay;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Queues a callback for each API report whose standing a case's change altered, for an
 * organisation with a callback: taken or given back by an analyst, assessed, listed on or taken
 * off the URL list, its content removed; and for a report filed on a case already under way. Idempotent: a standing is queued only when it differs
 * from the one queued last for the report (its hash is kept), so a redelivered event adds
 * nothing.
 */
@Component
class StandingChanges {

	/** The message's type (in two parts: whole, MessageBundleTests would read it as a message key). */
	static final String TYPE = "report" + ".updated";

	private static final int PAGE = 500;

	private final CaseQueries cases;

	private final ReportDetails reports;

	private final ApiCallbacks callbacks;

	private final ReportSubmissions submissions;

	private final CallbackOutbox outbox;

	private final JsonMapper json;

	private final Clock clock;

	StandingChanges(CaseQueries cases, ReportDetails reports, ApiCallbacks callbacks, ReportSubmissions submissions,
			CallbackOutbox outbox, JsonMapper json, Clock clock) {
		this.cases = cases;
		this.reports = reports;
		this.callbacks = callbacks;
		this.submissions = submissions;
		this.outbox = outbox;
		this.json = json;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseClaimed claimed) {
		caseChanged(claimed.caseId());
	}

	@ApplicationModuleListener
	void on(CaseAssessed assessed) {
		caseChanged(assessed.caseId());
	}

	@ApplicationModuleListener
	void on(EntryChanged changed) {
		caseChanged(changed.caseId());
	}

	@ApplicationModuleListener
	void on(ContentRemoved removed) {
		caseChanged(removed.caseId());
	}

	/** A report filed on a case already under way: its first standing is not the 201's "received". */
	@ApplicationModuleListener
	void on(ReportJoinedCasesUnderWay joined) {
		if (!callbacks.anyRegistered()) {
			return;
		}
		for (ReportDetails.ApiReportRef report : reports.apiReportsAmong(List.of(joined.reportId()))) {
			if (callbacks.target(new OrganisationId(report.organisationId())).isPresent()) {
				queue(report);
			}
		}
	}

	/** Queues the new standing of each API report of the case whose organisation has a callback. */
	void caseChanged(UUID caseId) {
		if (!callbacks.anyRegistered()) {
			return;
		}
		for (ReportDetails.ApiReportRef report : reports.apiReportsAmong(reportsOf(caseId))) {
			if (callbacks.target(new OrganisationId(report.organisationId())).isPresent()) {
				queue(report);
			}
		}
	}

	private List<UUID> reportsOf(UUID caseId) {
		List<UUID> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			List<CaseQueries.ReportLink> links = cases.reports(new CaseId(caseId), page, PAGE);
			links.forEach(link -> ids.add(link.reportId()));
			if (links.size() < PAGE) {
				return ids;
			}
		}
	}

	private void queue(ReportDetails.ApiReportRef report) {
		outbox.lockReport(report.id());
		byte[] data = json.writeValueAsBytes(StandingJson.of(submissions.standingOf(report.id(), report.reference())));
		Instant now = clock.instant();
		ObjectNode message = json.createObjectNode();
		message.put("type", TYPE);
		message.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(now));
		message.set("data", json.readTree(data));
		outbox.queue(report.id(), report.organisationId(), sha256(data), "msg_" + Randoms.uuid().toString().replace("-", ""),
				json.writeValueAsBytes(message), now);
	}

	private static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}
}
