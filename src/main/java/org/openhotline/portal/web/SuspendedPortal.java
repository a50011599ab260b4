package org.openhotline.portal.web;

import org.openhotline.portal.Portal;

/** A request for a suspended portal's page: answered by the page that says so, before anything is read or stored. */
final class SuspendedPortal extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Portal portal;

	private final String language;

	private final String pagePath;

	SuspendedPortal(Portal portal, String language, String pagePath) {
		super(null, null, false, false);
		this.portal = portal;
		this.language = language;
		this.pagePath = pagePath;
	}

	Portal portal() {
		return portal;
	}

	String language() {
		return language;
	}

	String pagePath() {
		return pagePath;
	}
}
