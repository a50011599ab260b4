package org.openhotline.takedown;

/** How a partner prefers to receive referrals. Stored by name. */
public enum Channel {
	/** by email, sent from the outbox */
	EMAIL,
	/** through the partner's own web form: the analyst submits it by hand */
	WEB_FORM,
	/** by phone: the analyst calls */
	PHONE
}
