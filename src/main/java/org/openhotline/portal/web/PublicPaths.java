package org.openhotline.portal.web;

/**
 * The shapes of public portal addresses, used by the controllers and by the security
 * configuration. The patterns keep {@code /css/site.css}, {@code /actuator/...} and other
 * resources from being taken for a portal and a language.
 */
public final class PublicPaths {

	/** {@code /ml}: a portal slug as the portal table allows it. */
	public static final String PORTAL = "/{slug:[a-z][a-z0-9-]{1,31}}";

	/** {@code /ml/fr}: a portal page in one language. */
	public static final String PAGE = PORTAL + "/{lang:[a-z]{2,3}}";

	private PublicPaths() {
	}
}
