package org.openhotline.intake;

import java.time.Instant;
import java.util.Optional;

import org.openhotline.intake.internal.ReceiptCodes;
import org.openhotline.intake.internal.ReportRepository;
import org.springframework.stereotype.Service;

/** Finds the report behind a receipt code, for the reporter's status page. */
@Service
public class ReceiptLookup {

	/** What may be said about a report to whoever holds its receipt code. */
	public record ReceiptHolderView(ReportId reportId, ReportReference reference, Instant receivedAt) {
	}

	private final ReportRepository reports;

	private final ReceiptCodes receiptCodes;

	ReceiptLookup(ReportRepository reports, ReceiptCodes receiptCodes) {
		this.reports = reports;
		this.receiptCodes = receiptCodes;
	}

	public Optional<ReceiptHolderView> find(ReceiptCode code) {
		return reports.findByReceiptHash(receiptCodes.hash(code))
			.map(r -> new ReceiptHolderView(r.id(), r.reference(), r.receivedAt()));
	}
}
