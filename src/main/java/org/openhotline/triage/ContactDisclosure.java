package org.openhotline.triage;

import java.util.Optional;
import java.util.UUID;

import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.intake.ContactDetails;
import org.openhotline.intake.ReportDetails;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.triage.internal.CaseRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reporter's contact details, shown on a case to a supervisor who asks: only for a report
 * of that case, and every reading is an audit entry in the same transaction.
 */
@Service
public class ContactDisclosure {

	private final CaseRepository cases;

	private final ReportDetails reports;

	private final AuditTrail audit;

	ContactDisclosure(CaseRepository cases, ReportDetails reports, AuditTrail audit) {
		this.cases = cases;
		this.reports = reports;
		this.audit = audit;
	}

	/**
	 * @return the details, or empty when the reporter gave none or they were erased
	 * @throws StepRefused ({@code case.error.unknown}) when the report is not one of the case's
	 */
	@Transactional
	public Optional<ContactDetails> reveal(CaseId caseId, UUID reportId, String reader) {
		if (!cases.hasReport(caseId, reportId)) {
			throw new StepRefused("case.error.unknown");
		}
		audit.record(reader, AuditAction.CONTACT_DETAILS_VIEWED, reportId.toString(), "case " + caseId);
		return reports.contactOf(reportId);
	}
}
