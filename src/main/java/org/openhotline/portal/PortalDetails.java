package org.openhotline.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an administrator sets on a portal (everything but its status), as a command: the
 * portal administration checks it and refuses a field with a message key. A refused row of
 * a list is named by its place in the list ({@code partner-2-link}).
 *
 * @param languages in order, the first is the default
 * @param names the portal's name per language
 * @param help local help resources, each in one language, in order
 * @param overrides texts shown instead of the bundle's, per language and message key
 */
public record PortalDetails(String slug, String countryCode, List<String> languages, Map<String, String> names,
		List<Partner> partners, List<Help> help, List<TextOverride> overrides) {

	public PortalDetails {
		languages = List.copyOf(languages);
		names = Map.copyOf(names);
		partners = List.copyOf(partners);
		help = List.copyOf(help);
		overrides = List.copyOf(overrides);
	}

	/** One local help resource in one language. */
	public record Help(String language, HelpResource resource) {
	}

	/** A public text replaced in one language of the portal. */
	public record TextOverride(String language, String messageKey, String text) {
	}

	public static PortalDetails of(Portal portal) {
		List<Help> help = new ArrayList<>();
		for (String language : portal.languages()) {
			portal.helpResources().getOrDefault(language, List.of()).forEach(r -> help.add(new Help(language, r)));
		}
		portal.helpResources()
			.entrySet()
			.stream()
			.filter(e -> !portal.languages().contains(e.getKey()))
			.forEach(e -> e.getValue().forEach(r -> help.add(new Help(e.getKey(), r))));
		List<TextOverride> overrides = new ArrayList<>();
		portal.textOverrides()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(byLanguage -> byLanguage.getValue()
				.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.forEach(e -> overrides.add(new TextOverride(byLanguage.getKey(), e.getKey(), e.getValue()))));
		return new PortalDetails(portal.slug(), portal.countryCode(), portal.languages(), portal.names(),
				portal.partners(), help, overrides);
	}
}
