package org.openhotline.portal.internal;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openhotline.intake.ReportChannel;
import org.openhotline.portal.HelpResource;
import org.openhotline.portal.Partner;
import org.openhotline.portal.PortalDetails;
import org.openhotline.shared.validation.FieldRefusals;

/**
 * What a portal's details must be: an address that is not one of the site's own paths, a
 * country of ISO 3166, shipped languages each with a name, and texts that fit their columns.
 *
 * @param shippedLanguages the languages a portal may use
 * @param messageKeys the keys of the base bundle: only those can be overridden
 */
public record PortalRules(Set<String> shippedLanguages, Set<String> messageKeys) {

	private static final Pattern SLUG = Pattern.compile("[a-z]{2,20}");

	/**
	 * First path segments the site uses itself (and a few it may use one day), and the slugs the
	 * report channels other than portals file their reports under.
	 */
	static final Set<String> RESERVED = Stream.concat(Stream.of("office", "api", "css", "js", "bench",
			"actuator", "error", "v3", "admin", "static", "assets", "images", "img", "swagger", "login", "logout", "health",
			"www", "new", "languages", "portals", "partners", "favicon", "robots"), ReportChannel.slugs().stream())
		.collect(Collectors.toUnmodifiableSet());

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	public PortalRules {
		shippedLanguages = Set.copyOf(shippedLanguages);
		messageKeys = Set.copyOf(messageKeys);
	}

	/** Refuses every field that is not acceptable at once. */
	void check(PortalDetails details) {
		FieldRefusals refused = new FieldRefusals();
		if (!SLUG.matcher(details.slug()).matches()) {
			refused.add("slug", "portal.error.slug");
		}
		else if (RESERVED.contains(details.slug())) {
			refused.add("slug", "portal.error.slug-reserved", details.slug());
		}
		if (!COUNTRIES.contains(details.countryCode())) {
			refused.add("country", "portal.error.country");
		}
		checkLanguages(details.languages(), refused);
		for (String language : details.languages()) {
			String name = details.names().get(language);
			if (name == null || name.isBlank() || name.length() > 200 || !oneLine(name)) {
				refused.add("name-" + language, "portal.error.name");
			}
		}
		List<Partner> partners = details.partners();
		for (int i = 0; i < partners.size(); i++) {
			Partner partner = partners.get(i);
			if (partner.name().isBlank() || partner.name().length() > 200 || !oneLine(partner.name())) {
				refused.add("partner-" + i + "-name", "portal.error.partner-name");
			}
			if (partner.link() != null && !isWebAddress(partner.link())) {
				refused.add("partner-" + i + "-link", "portal.error.link");
			}
		}
		checkHelp(details, refused);
		checkOverrides(details, refused);
		refused.refuseIfAny();
	}

	private void checkLanguages(List<String> languages, FieldRefusals refused) {
		if (languages.isEmpty()) {
			refused.add("language-0", "portal.error.languages");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < languages.size(); i++) {
			if (!shippedLanguages.contains(languages.get(i))) {
				refused.add("language-" + i, "portal.error.language-unknown");
			}
			else if (!seen.add(languages.get(i))) {
				refused.add("language-" + i, "portal.error.language-twice");
			}
		}
	}

	private static void checkHelp(PortalDetails details, FieldRefusals refused) {
		for (int i = 0; i < details.help().size(); i++) {
			PortalDetails.Help help = details.help().get(i);
			HelpResource resource = help.resource();
			String row = "help-" + i + "-";
			if (!details.languages().contains(help.language())) {
				refused.add(row + "language", "portal.error.row-language");
			}
			if (resource.name().isBlank() || resource.name().length() > 200 || !oneLine(resource.name())) {
				refused.add(row + "name", "portal.error.help-name");
			}
			if (resource.description().length() > 300 || !text(resource.description())) {
				refused.add(row + "description", "portal.error.help-description");
			}
			if (resource.phone() == null && resource.link() == null) {
				refused.add(row + "phone", "portal.error.help-reach");
			}
			if (resource.phone() != null && (resource.phone().length() > 40 || !resource.phone().matches("[+0-9 ().-]+"))) {
				refused.add(row + "phone", "portal.error.help-phone");
			}
			if (resource.link() != null && !isWebAddress(resource.link())) {
				refused.add(row + "link", "portal.error.link");
			}
		}
	}

	private void checkOverrides(PortalDetails details, FieldRefusals refused) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < details.overrides().size(); i++) {
			PortalDetails.TextOverride override = details.overrides().get(i);
			String row = "override-" + i + "-";
			if (!details.languages().contains(override.language())) {
				refused.add(row + "language", "portal.error.row-language");
			}
			if (!messageKeys.contains(override.messageKey())) {
				refused.add(row + "key", "portal.error.override-key");
			}
			else if (!seen.add(override.language() + " " + override.messageKey())) {
				refused.add(row + "key", "portal.error.override-twice");
			}
			if (override.text().isBlank() || override.text().length() > 4000 || !text(override.text())) {
				refused.add(row + "text", "portal.error.override-text");
			}
		}
	}

	/** Without control characters: the database keeps no NUL, and a name is one line. */
	private static boolean oneLine(String value) {
		return value.chars().noneMatch(Character::isISOControl);
	}

	/** Without control characters other than line breaks and tabs. */
	private static boolean text(String value) {
		return value.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
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
