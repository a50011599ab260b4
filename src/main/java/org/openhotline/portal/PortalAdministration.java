package org.openhotline.portal;

import java.util.List;

import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.portal.internal.AdministeredPortal;
import org.openhotline.portal.internal.MessageCatalogue;
import org.openhotline.portal.internal.PortalRepository;
import org.openhotline.portal.internal.PortalRules;
import org.openhotline.shared.validation.FieldRefusals;
import org.openhotline.shared.validation.StepRefused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Administrators create and change portals and move them between draft, live and suspended.
 * Every change is audited with the portal before and after; the node that made it serves it
 * as soon as it is committed, the others at their next reload.
 */
@Service
public class PortalAdministration {

	/** Room for the before and the after in one audit entry. */
	private static final int SUMMARY_LIMIT = 1900;

	private final PortalRepository repository;

	private final MessageCatalogue catalogue;

	private final Portals portals;

	private final AuditTrail audit;

	PortalAdministration(PortalRepository repository, MessageCatalogue catalogue, Portals portals, AuditTrail audit) {
		this.repository = repository;
		this.catalogue = catalogue;
		this.portals = portals;
		this.audit = audit;
	}

	/** A new portal, as a draft. */
	@Transactional
	public void create(PortalDetails details, String actor) {
		FieldRefusals refused = new FieldRefusals();
		AdministeredPortal portal = refused.check(() -> AdministeredPortal.draft(details, rules()));
		if (!refused.has("slug") && repository.exists(details.slug())) {
			refused.add("slug", "portal.error.slug-taken", details.slug());
		}
		refused.refuseIfAny(List.of("slug"));
		try {
			repository.save(portal);
		}
		catch (DuplicateKeyException e) {
			// another administrator created it a moment ago
			throw StepRefused.field("slug", "portal.error.slug-taken", details.slug());
		}
		audit.record(actor, AuditAction.PORTAL_CREATED, details.slug(), "before: - after: " + summary(portal));
		reloadAfterCommit();
	}

	@Transactional
	public void update(String slug, PortalDetails details, String actor) {
		AdministeredPortal portal = load(slug);
		String before = summary(portal);
		portal.edit(details, rules(), catalogue);
		repository.save(portal);
		audit.record(actor, AuditAction.PORTAL_CHANGED, slug, "before: " + before + " after: " + summary(portal));
		reloadAfterCommit();
	}

	/** Live (from draft or suspended) or suspended (from live); anything else is refused. */
	@Transactional
	public void changeStatus(String slug, PortalStatus target, String actor) {
		AdministeredPortal portal = load(slug);
		String before = summary(portal);
		switch (target) {
			case LIVE -> portal.goLive(catalogue);
			case SUSPENDED -> portal.suspend();
			case DRAFT -> throw new StepRefused("portal.error.back-to-draft");
		}
		repository.save(portal);
		audit.record(actor, AuditAction.PORTAL_STATUS_CHANGED, slug, "before: " + before + " after: " + summary(portal));
		reloadAfterCommit();
	}

	/** Per shipped language, the keys it lacks compared with the base bundle. */
	public List<LanguageGaps> languageGaps() {
		return catalogue.gaps();
	}

	/** The languages a portal may be offered in, the base language first. */
	public List<String> shippedLanguages() {
		return catalogue.shipped();
	}

	private AdministeredPortal load(String slug) {
		return repository.findForUpdate(slug)
			.map(AdministeredPortal::of)
			.orElseThrow(() -> new StepRefused("portal.error.unknown"));
	}

	private PortalRules rules() {
		return new PortalRules(java.util.Set.copyOf(catalogue.shipped()), catalogue.baseKeys());
	}

	private static String summary(AdministeredPortal portal) {
		String summary = portal.summary();
		return summary.length() <= SUMMARY_LIMIT ? summary : summary.substring(0, SUMMARY_LIMIT) + "…";
	}

	private void reloadAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					portals.reload();
				}
			});
		}
		else {
			portals.reload();
		}
	}
}
