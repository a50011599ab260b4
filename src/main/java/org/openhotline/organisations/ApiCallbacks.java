package org.openhotline.organisations;

import java.time.Clock;
import java.util.Optional;

import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.organisations.internal.CallbackRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one callback address each organisation may register, with the secret that signs what is
 * sent to it. The secret is kept as is: signing needs it (an HMAC key cannot be hashed like an
 * API key). Which addresses are accepted is the registering module's rule, not this store's.
 */
@Service
public class ApiCallbacks {

	/** The address and the secret to sign with. */
	public record Target(String url, byte[] secret) {
	}

	private final CallbackRepository callbacks;

	private final AuditTrail audit;

	private final Clock clock;

	ApiCallbacks(CallbackRepository callbacks, AuditTrail audit, Clock clock) {
		this.callbacks = callbacks;
		this.audit = audit;
		this.clock = clock;
	}

	/** Registers or replaces the organisation's callback; the secret replaces the previous one. */
	@Transactional
	public void register(OrganisationId id, String url, byte[] secret, String actor) {
		callbacks.put(id, url, secret, clock.instant());
		audit.record(actor, AuditAction.ORGANISATION_CHANGED, id.toString(), "callback registered " + abbreviated(url));
	}

	public Optional<ApiCallback> of(OrganisationId id) {
		return callbacks.find(id);
	}

	/** Where to send and what to sign with; nothing for an inactive organisation, whose keys are refused too. */
	public Optional<Target> target(OrganisationId id) {
		return callbacks.target(id);
	}

	/** Whether any organisation has a callback (when none has, nothing needs to be worked out). */
	public boolean anyRegistered() {
		return callbacks.any();
	}

	/** Removes the organisation's callback; false when it had none. */
	@Transactional
	public boolean remove(OrganisationId id, String actor) {
		boolean removed = callbacks.delete(id);
		if (removed) {
			audit.record(actor, AuditAction.ORGANISATION_CHANGED, id.toString(), "callback removed");
		}
		return removed;
	}

	private static String abbreviated(String url) {
		return url.length() <= 300 ? url : url.substring(0, 300) + "…";
	}
}
