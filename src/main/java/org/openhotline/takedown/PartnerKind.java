package org.openhotline.takedown;

/** Who a partner contact is. Stored by name. */
public enum PartnerKind {
	/** a hotline of the hosting country (INHOPE-style): referrals go to it */
	HOTLINE,
	/** a police or law-enforcement contact; one with no country is the international contact */
	LAW_ENFORCEMENT
}
