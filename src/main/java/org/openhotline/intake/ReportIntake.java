package org.openhotline.intake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.openhotline.intake.internal.ContactCipher;
import org.openhotline.intake.internal.IntakeProperties;
import org.openhotline.intake.internal.ReceiptCodes;
import org.openhotline.intake.internal.ReportRepository;
import org.openhotline.intake.url.CanonicalUrl;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores reports durably and exactly once per form. A caller learns of a report only
 * after its transaction committed; any failure reaches the caller as an exception, so
 * that a page can never thank a reporter for a report that was not stored.
 */
@Service
public class ReportIntake {

	/** What the reporter is shown: the reference, the receipt code, and whether this call stored the report. */
	public record Receipt(ReportReference reference, ReceiptCode code, boolean firstSubmission) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ReportRepository reports;

	private final ReceiptCodes receiptCodes;

	private final ContactCipher contactCipher;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final IntakeProperties properties;

	private final Clock clock;

	ReportIntake(ReportRepository reports, ReceiptCodes receiptCodes, ContactCipher contactCipher,
			ApplicationEventPublisher events, TransactionTemplate transactions, IntakeProperties properties,
			Clock clock) {
		this.reports = reports;
		this.receiptCodes = receiptCodes;
		this.contactCipher = contactCipher;
		this.events = events;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/** How long a reporter's contact details are kept before they are erased (the form says so). */
	public Duration contactRetention() {
		return properties.contactRetention();
	}

	public Receipt submit(SubmitReport command) {
		ReceiptCode code = receiptCodes.forForm(command.formTokenId());
		byte[] receiptHash = receiptCodes.hash(code);
		ReportId id = ReportId.random();
		Instant now = clock.instant();
		byte[] contact = command.contact() == null ? null : contactCipher.encrypt(command.contact(), id);
		Instant purgeAt = contact == null ? null : now.plus(properties.contactRetention());
		ReportReference reference = ReportReference.random(command.portalSlug());
		Receipt receipt = transactions.execute(tx -> {
			if (!reports.insertIfNew(id, reference, command, contact, purgeAt, receiptHash, now)) {
				// the same form was sent before, or at the same moment by a request that won
				return new Receipt(reports.referenceForForm(command.formTokenId()).orElseThrow(), code, false);
			}
			events.publishEvent(toEvent(id, command, now));
			return new Receipt(reference, code, true);
		});
		if (receipt == null) {
			throw new IllegalStateException("The report transaction returned nothing");
		}
		return receipt;
	}

	/**
	 * Stores a report sent through the report API, in the caller's transaction if there is one
	 * (so that the caller's own record of the request commits with it), and returns its reference.
	 */
	public ReportReference submit(ApiReport command) {
		ReportId id = ReportId.random();
		Instant now = clock.instant();
		ReportReference reference = ReportReference.random(ReportChannel.API.slug());
		// no receipt code and no form: random values fill the columns a portal report needs
		byte[] formHash = new byte[32];
		byte[] receiptHash = new byte[32];
		RANDOM.nextBytes(formHash);
		RANDOM.nextBytes(receiptHash);
		transactions.executeWithoutResult(tx -> {
			reports.insertApiReport(id, reference, command, formHash, receiptHash, now);
			events.publishEvent(new ReportReceived(id.value(), ReportChannel.API.slug(), "en", now,
					items(command.urls()), command.contentSeen(), command.foundWhere(), command.priority(),
					command.organisationName()));
		});
		return reference;
	}

	private static List<ReportReceived.Item> items(List<CanonicalUrl> urls) {
		return urls.stream()
			.map(url -> new ReportReceived.Item(url.value(), url.display(), url.host(), url.registrableDomain(),
					url.flags().stream().map(Enum::name).sorted().toList()))
			.toList();
	}

	private static ReportReceived toEvent(ReportId id, SubmitReport command, Instant now) {
		return new ReportReceived(id.value(), command.portalSlug(), command.language(), now, items(command.urls()),
				command.contentSeen(), command.foundWhere(), 0,
				command.referral() == null ? null : command.referral().partnerName());
	}
}
