package org.openhotline.portal.internal;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openhotline.portal.HelpResource;
import org.openhotline.portal.Partner;
import org.openhotline.portal.PortalDetails;
import org.openhotline.shared.validation.StepRefused;

/**
 * What a portal's details must be: an address that is not one of the site's own paths, a
 * country of ISO 3166, shipped languages each with a name, and texts that fit their columns.
 *
 * @param shippedLanguages the languages a portal may use
 * @param messageKeys the keys of the base bundle: only those can be overridden
 */
public record PortalRules(Set<String> shippedLanguages, Set<String> messageKeys) {

	private static final Pattern SLUG = Pattern.compile("[a-z]{2,20}");

	/** First path segments the site uses itself (and a few it may use one day). */
	static final Set<String> RESERVED = Set.of("office", "api", "css", "js", "bench", "actuator", "error", "v3", "admin",
			"static", "assets", "images", "img", "swagger", "login", "logout", "health", "www", "new", "languages",
			"portals", "partners", "favicon", "robots");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	public PortalRules {
		shippedLanguages = Set.copyOf(shippedLanguages);
		messageKeys = Set.copyOf(messageKeys);
	}

	void check(PortalDetails details) {
		if (!SLUG.matcher(details.slug()).matches()) {
			throw StepRefused.field("slug", "portal.error.slug");
		}
		if (RESERVED.contains(details.slug())) {
			throw StepRefused.field("slug", "portal.error.slug-reserved", details.slug());
		}
		if (!COUNTRIES.contains(details.countryCode())) {
			throw StepRefused.field("country", "portal.error.country");
		}
		checkLanguages(details.languages());
		for (String language : details.languages()) {
			String name = details.names().get(language);
			if (name == null || name.isBlank() || name.length() > 200) {
				throw StepRefused.field("name-" + language, "portal.error.name");
			}
		}
		List<Partner> partners = details.partners();
		for (int i = 0; i < partners.size(); i++) {
			Partner partner = partners.get(i);
			if (partner.name().isBlank() || partner.name().length() > 200) {
				throw StepRefused.field("partner-" + i + "-name", "portal.error.partner-name");
			}
			if (partner.link() != null && !isWebAddress(partner.link())) {
				throw StepRefused.field("partner-" + i + "-link", "portal.error.link");
			}
		}
		checkHelp(details);
		checkOverrides(details);
	}

	private void checkLanguages(List<String> languages) {
		if (languages.isEmpty()) {
			throw StepRefused.field("language-0", "portal.error.languages");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < languages.size(); i++) {
			if (!shippedLanguages.contains(languages.get(i))) {
				throw StepRefused.field("language-" + i, "portal.error.language-unknown");
			}
			if (!seen.add(languages.get(i))) {
				throw StepRefused.field("language-" + i, "portal.error.language-twice");
			}
		}
	}

	private static void checkHelp(PortalDetails details) {
		for (int i = 0; i < details.help().size(); i++) {
			PortalDetails.Help help = details.help().get(i);
			HelpResource resource = help.resource();
			String row = "help-" + i + "-";
			if (!details.languages().contains(help.language())) {
				throw StepRefused.field(row + "language", "portal.error.row-language");
			}
			if (resource.name().isBlank() || resource.name().length() > 200) {
				throw StepRefused.field(row + "name", "portal.error.help-name");
			}
			if (resource.description().length() > 300) {
				throw StepRefused.field(row + "description", "portal.error.help-description");
			}
			if (resource.phone() == null && resource.link() == null) {
				throw StepRefused.field(row + "phone", "portal.error.help-reach");
			}
			if (resource.phone() != null && (resource.phone().length() > 40 || !resource.phone().matches("[+0-9 ().-]+"))) {
				throw StepRefused.field(row + "phone", "portal.error.help-phone");
			}
			if (resource.link() != null && !isWebAddress(resource.link())) {
				throw StepRefused.field(row + "link", "portal.error.link");
			}
		}
	}

	private void checkOverrides(PortalDetails details) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < details.overrides().size(); i++) {
			PortalDetails.TextOverride override = details.overrides().get(i);
			String row = "override-" + i + "-";
			if (!details.languages().contains(override.language())) {
				throw StepRefused.field(row + "language", "portal.error.row-language");
			}
			if (!messageKeys.contains(override.messageKey())) {
				throw StepRefused.field(row + "key", "portal.error.override-key");
			}
			if (!seen.add(override.language() + " " + override.messageKey())) {
				throw StepRefused.field(row + "key", "portal.error.override-twice");
			}
			if (override.text().isBlank() || override.text().length() > 4000) {
				throw StepRefused.field(row + "text", "portal.error.override-text");
			}
		}
	}

	/** An http(s) address with a host, short enough for its column; shown as text, never fetched. */
	private static boolean isWebAddress(@Nullable String link) {
		if (link == null || link.length() > 500) {
			return false;
		}
		try {
			URI uri = new URI(link);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException e) {
			return false;
		}
	}
}
