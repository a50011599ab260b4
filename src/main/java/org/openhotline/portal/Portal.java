package org.openhotline.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A country's reporting portal: its address ({@code /ml}), its languages (the first is the
 * default), the partners who launched it, local help and per-language text overrides.
 */
public final class Portal {

	/** The request attribute holding the portal a public page is rendered for: its text overrides take precedence. */
	public static final String CURRENT = Portal.class.getName() + ".current";

	private final String slug;

	private final String countryCode;

	private final List<String> languages;

	private final Map<String, String> names;

	private final List<Partner> partners;

	private final Map<String, List<HelpResource>> helpResources;

	private final Map<String, Map<String, String>> textOverrides;

	private final PortalStatus status;

	public Portal(String slug, String countryCode, List<String> languages, Map<String, String> names,
			List<Partner> partners, Map<String, List<HelpResource>> helpResources,
			Map<String, Map<String, String>> textOverrides, PortalStatus status) {
		if (languages.isEmpty()) {
			throw new IllegalArgumentException("A portal has at least one language");
		}
		this.slug = slug;
		this.countryCode = countryCode;
		this.languages = List.copyOf(languages);
		this.names = Map.copyOf(names);
		this.partners = List.copyOf(partners);
		this.helpResources = Map.copyOf(helpResources);
		this.textOverrides = Map.copyOf(textOverrides);
		this.status = status;
	}

	public String slug() {
		return slug;
	}

	public String countryCode() {
		return countryCode;
	}

	public List<String> languages() {
		return languages;
	}

	public String defaultLanguage() {
		return languages.get(0);
	}

	public boolean speaks(String language) {
		return languages.contains(language);
	}

	public String nameIn(String language) {
		return names.getOrDefault(language, names.getOrDefault(defaultLanguage(), countryCode));
	}

	public List<Partner> partners() {
		return partners;
	}

	public List<HelpResource> helpIn(String language) {
		return helpResources.getOrDefault(language, helpResources.getOrDefault(defaultLanguage(), List.of()));
	}

	public Optional<String> textOverride(String language, String messageKey) {
		Map<String, String> texts = textOverrides.get(language);
		return Optional.ofNullable(texts == null ? null : texts.get(messageKey));
	}

	public PortalStatus status() {
		return status;
	}

	public boolean isLive() {
		return status == PortalStatus.LIVE;
	}

	public Map<String, String> names() {
		return names;
	}

	public Map<String, List<HelpResource>> helpResources() {
		return helpResources;
	}

	public Map<String, Map<String, String>> textOverrides() {
		return textOverrides;
	}

	public boolean isSuspended() {
		return status == PortalStatus.SUSPENDED;
	}

	public @Nullable Partner partnerWithLogo(String logoFile) {
		return partners.stream().filter(p -> logoFile.equals(p.logoFile())).findFirst().orElse(null);
	}

	/** Two snapshots of a portal are equal when everything a page shows of them is. */
	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Portal that && slug.equals(that.slug) && countryCode.equals(that.countryCode)
				&& languages.equals(that.languages) && names.equals(that.names) && partners.equals(that.partners)
				&& helpResources.equals(that.helpResources) && textOverrides.equals(that.textOverrides)
				&& status == that.status;
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(slug, countryCode, languages, names, partners, helpResources, textOverrides,
				status);
	}
}
