package org.openhotline.takedown;

/** What an action is. Stored by name. */
public enum ActionKind {
	/** a notice to the host's abuse contact, re-sent and escalated on the clock until removal */
	HOST_NOTICE,
	/** a referral to the partner hotline of the hosting country, which acts there */
	HOTLINE_REFERRAL,
	/** a referral to law enforcement (of the hosting country, or the international contact) */
	POLICE_REFERRAL
}
