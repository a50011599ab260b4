package org.openhotline.reportapi.internal;

import org.openhotline.organisations.CallbackHealth;
import org.openhotline.organisations.CallbackHealthSource;
import org.openhotline.organisations.OrganisationId;
import org.springframework.stereotype.Component;

/** How an organisation's callbacks fare, read from the callback outbox. */
@Component
class CallbackHealthOfOutbox implements CallbackHealthSource {

	private final CallbackOutbox outbox;

	CallbackHealthOfOutbox(CallbackOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public CallbackHealth healthOf(OrganisationId organisation) {
		return outbox.health(organisation.value());
	}
}
