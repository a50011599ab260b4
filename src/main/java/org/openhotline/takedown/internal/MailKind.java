package org.openhotline.takedown.internal;

/** Which mail of an action's life this is. Stored by name. */
public enum MailKind {
	/** the first notice to a host */
	NOTICE,
	/** the same recipient again: the content is still there */
	RENOTICE,
	/** the next level up (upstream network, registrar, law enforcement) after unanswered notices */
	ESCALATION,
	/** a referral to a partner hotline or law enforcement */
	REFERRAL
}
