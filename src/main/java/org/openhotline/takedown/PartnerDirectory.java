package org.openhotline.takedown;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.takedown.internal.PartnerContacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partner hotlines and law-enforcement contacts, kept by administrators; every change audited. */
@Service
public class PartnerDirectory {

	private final PartnerContacts contacts;

	private final AuditTrail audit;

	private final Clock clock;

	PartnerDirectory(PartnerContacts contacts, AuditTrail audit, Clock clock) {
		this.contacts = contacts;
		this.audit = audit;
		this.clock = clock;
	}

	public List<PartnerContact> all() {
		return contacts.all();
	}

	public Optional<PartnerContact> find(UUID id) {
		return contacts.find(id);
	}

	/** The active partner hotline linked to the organisation that calls the exchange API. */
	public Optional<PartnerContact> exchangeCaller(UUID organisation) {
		return contacts.exchangeCaller(organisation);
	}

	@Transactional
	public PartnerContact add(PartnerDetails details, String administrator) {
		UUID id = contacts.insert(details, clock.instant());
		audit.record(administrator, AuditAction.PARTNER_ADDED, id.toString(), details.kind() + " " + details.name());
		return contacts.find(id).orElseThrow();
	}

	/** Changes a contact; an {@link org.springframework.dao.OptimisticLockingFailureException} when it changed meanwhile. */
	@Transactional
	public PartnerContact update(UUID id, PartnerDetails details, boolean active, long expectedVersion,
			String administrator) {
		contacts.update(id, details, active, expectedVersion, clock.instant());
		audit.record(administrator, AuditAction.PARTNER_CHANGED, id.toString(),
				(active ? "active " : "retired ") + details.kind() + " " + details.name());
		return contacts.find(id).orElseThrow();
	}
}
