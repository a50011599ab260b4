package org.openhotline.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openhotline.intake.internal.ContactCipher;
import org.openhotline.intake.internal.ReportRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the back office may read of reports: the answers to the form, never anything about
 * the reporter. Contact details are decrypted one report at a time, for callers that have
 * checked the reader's role and audited the reading.
 */
@Service
public class ReportDetails {

	/**
	 * A report as an analyst sees it on a case.
	 *
	 * @param channel the name of its {@link ReportChannel}
	 * @param organisationName the organisation that sent an API report, or the partner hotline that
	 *        referred it through the exchange, else absent
	 * @param organisationReference their reference of it
	 */
	public record Summary(UUID id, String reference, String portalSlug, String language, ContentSeen seen,
			FoundWhere found, @Nullable String description, boolean hasContact, Instant receivedAt, String channel,
			@Nullable String organisationName, @Nullable String organisationReference) {

		public boolean byApi() {
			return ReportChannel.API.name().equals(channel);
		}

		public boolean byExchange() {
			return ReportChannel.EXCHANGE.name().equals(channel);
		}
	}

	private final ReportRepository reports;

	private final ContactCipher cipher;

	ReportDetails(ReportRepository reports, ContactCipher cipher) {
		this.reports = reports;
		this.cipher = cipher;
	}

	@Transactional(readOnly = true)
	public List<Summary> summaries(Collection<UUID> reportIds) {
		return reportIds.isEmpty() ? List.of() : reports.summaries(reportIds);
	}

	/** The id of a report sent through the API, only when the organisation asking sent it. */
	@Transactional(readOnly = true)
	public Optional<UUID> apiReportOf(UUID organisationId, String reference) {
		return reference.length() > 40 ? Optional.empty() : reports.apiReportOf(organisationId, reference);
	}

	/** A report sent through the API: the organisation that sent it and the reference it was given. */
	public record ApiReportRef(UUID id, UUID organisationId, String reference) {
	}

	/** Those of these reports that were sent through the API. */
	@Transactional(readOnly = true)
	public List<ApiReportRef> apiReportsAmong(Collection<UUID> reportIds) {
		return reportIds.isEmpty() ? List.of() : reports.apiReportsAmong(reportIds);
	}

	/** The reporter's contact details, if they gave some and the retention period has not erased them. */
	@Transactional(readOnly = true)
	public Optional<ContactDetails> contactOf(UUID reportId) {
		return reports.contactCiphertext(reportId).map(stored -> cipher.decrypt(stored, new ReportId(reportId)));
	}
}
