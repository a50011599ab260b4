package org.openhotline.portal.web;

/**
 * The shapes of public addresses. The patterns keep {@code /css/site.css} and other
 * resources from being taken for a portal and a language.
 */
final class PortalPaths {

	static final String PORTAL = "/{slug:[a-z][a-z0-9-]{1,31}}";

	static final String PAGE = PORTAL + "/{lang:[a-z]{2,3}}";

	private PortalPaths() {
	}
}
