package org.openhotline.organisations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.organisations.internal.KeyChecks;
import org.openhotline.organisations.internal.OrganisationRepository;
import org.openhotline.shared.crypto.Randoms;
import org.openhotline.shared.validation.StepRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of organisations that use the APIs, kept by administrators; every change audited. */
@Service
public class Organisations {

	private final OrganisationRepository organisations;

	private final KeyChecks checks;

	private final AuditTrail audit;

	private final Clock clock;

	Organisations(OrganisationRepository organisations, KeyChecks checks, AuditTrail audit, Clock clock) {
		this.organisations = organisations;
		this.checks = checks;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public OrganisationId create(NewOrganisation details, String actor) {
		OrganisationId id = new OrganisationId(Randoms.uuid());
		organisations.insert(id, details, clock.instant());
		audit.record(actor, AuditAction.ORGANISATION_ADDED, id.toString(), summary(details));
		return id;
	}

	/** Changes an organisation's details (its level included: the next API call sees it). */
	@Transactional
	public void update(OrganisationId id, NewOrganisation details, String actor) {
		if (!organisations.update(id, details, clock.instant())) {
			throw new StepRefused("organisation.error.unknown");
		}
		audit.record(actor, AuditAction.ORGANISATION_CHANGED, id.toString(), summary(details));
		checks.forget(id);
	}

	/** An inactive organisation's keys are refused (at once on this node, within the cache time on others). */
	@Transactional
	public void setActive(OrganisationId id, boolean active, String actor) {
		if (!organisations.setActive(id, active, clock.instant())) {
			throw new StepRefused("organisation.error.unknown");
		}
		audit.record(actor, AuditAction.ORGANISATION_CHANGED, id.toString(), active ? "active" : "inactive");
		checks.forget(id);
	}

	/** Where the organisation's API reports go in the queue: higher first, 0 as the portal's, -9 to 9. */
	public int reportPriority(OrganisationId id) {
		return organisations.reportPriority(id);
	}

	@Transactional
	public void setReportPriority(OrganisationId id, int priority, String actor) {
		if (priority < -9 || priority > 9) {
			throw new StepRefused("organisation.error.priority");
		}
		if (!organisations.setReportPriority(id, priority, clock.instant())) {
			throw new StepRefused("organisation.error.unknown");
		}
		audit.record(actor, AuditAction.ORGANISATION_CHANGED, id.toString(), "report priority " + priority);
	}

	public List<OrganisationView> all() {
		return organisations.all();
	}

	public Optional<OrganisationView> find(OrganisationId id) {
		return organisations.find(id);
	}

	private static String summary(NewOrganisation details) {
		return details.kind() + " " + details.level() + " " + (details.country() == null ? "-" : details.country()) + " "
				+ details.name();
	}
}
