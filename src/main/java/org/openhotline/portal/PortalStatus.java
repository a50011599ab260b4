package org.openhotline.portal;

/** Whether the public can see and use a portal. */
public enum PortalStatus {

	/** Being prepared by the administrators; not public. */
	DRAFT,

	/** Public: listed on the home page and taking reports. */
	LIVE,

	/** Taken offline for a while (e.g. a partner dispute); its pages say so and it takes no report. */
	SUSPENDED
}
