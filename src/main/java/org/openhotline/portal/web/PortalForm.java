package org.openhotline.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openhotline.portal.HelpResource;
import org.openhotline.portal.Partner;
import org.openhotline.portal.Portal;
import org.openhotline.portal.PortalDetails;

/**
 * The portal form as posted: rows left blank are dropped before {@link #toDetails()}, so
 * that a refused row keeps its place (and its field id) when the form is shown again.
 */
public class PortalForm {

	private String slug = "";

	private String country = "";

	private List<String> languages = new ArrayList<>();

	private Map<String, String> names = new LinkedHashMap<>();

	private List<PartnerRow> partners = new ArrayList<>();

	private List<HelpRow> help = new ArrayList<>();

	private List<OverrideRow> overrides = new ArrayList<>();

	static PortalForm of(Portal portal) {
		PortalForm form = new PortalForm();
		PortalDetails details = PortalDetails.of(portal);
		form.slug = details.slug();
		form.country = details.countryCode();
		form.languages = new ArrayList<>(details.languages());
		form.names = new LinkedHashMap<>(details.names());
		details.partners().forEach(p -> form.partners.add(PartnerRow.of(p)));
		details.help().forEach(h -> form.help.add(HelpRow.of(h)));
		details.overrides().forEach(o -> form.overrides.add(OverrideRow.of(o)));
		return form;
	}

	/** Drops the rows left blank (what the page added for a new row), keeping the order of the others. */
	void dropBlankRows() {
		languages = new ArrayList<>(languages.stream().map(PortalForm::text).filter(l -> !l.isEmpty()).toList());
		partners.removeIf(PartnerRow::blank);
		help.removeIf(HelpRow::blank);
		overrides.removeIf(OverrideRow::blank);
	}

	/** One empty row more of each list and a language choice for each shipped language, for the page. */
	PortalForm withRoomFor(int shippedLanguages) {
		while (languages.size() < shippedLanguages) {
			languages.add("");
		}
		partners.add(new PartnerRow());
		help.add(new HelpRow());
		overrides.add(new OverrideRow());
		return this;
	}

	PortalDetails toDetails() {
		Map<String, String> named = new LinkedHashMap<>();
		for (String language : languages) {
			named.put(language, text(names.get(language)));
		}
		return new PortalDetails(text(slug).toLowerCase(Locale.ROOT), text(country).toUpperCase(Locale.ROOT), languages,
				named, partners.stream().map(PartnerRow::toPartner).toList(),
				help.stream().map(HelpRow::toHelp).toList(), overrides.stream().map(OverrideRow::toOverride).toList());
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	static @Nullable String optional(@Nullable String value) {
		String text = text(value);
		return text.isEmpty() ? null : text;
	}

	/** A partner: its name and link; its logo is uploaded on its own and kept across edits. */
	public static class PartnerRow {

		private String name = "";

		private String link = "";

		private String logoFile = "";

		static PartnerRow of(Partner partner) {
			PartnerRow row = new PartnerRow();
			row.name = partner.name();
			row.link = partner.link() == null ? "" : partner.link();
			row.logoFile = partner.logoFile() == null ? "" : partner.logoFile();
			return row;
		}

		boolean blank() {
			return text(name).isEmpty() && text(link).isEmpty() && text(logoFile).isEmpty();
		}

		Partner toPartner() {
			return new Partner(text(name), optional(link), optional(logoFile));
		}

		public String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = text(name);
		}

		public String getLink() {
			return link;
		}

		public void setLink(@Nullable String link) {
			this.link = text(link);
		}

		public String getLogoFile() {
			return logoFile;
		}

		public void setLogoFile(@Nullable String logoFile) {
			this.logoFile = text(logoFile);
		}
	}

	/** A local help resource in one of the portal's languages. */
	public static class HelpRow {

		private String language = "";

		private String name = "";

		private String description = "";

		private String phone = "";

		private String link = "";

		private boolean example;

		static HelpRow of(PortalDetails.Help help) {
			HelpRow row = new HelpRow();
			HelpResource r = help.resource();
			row.language = help.language();
			row.name = r.name();
			row.description = r.description();
			row.phone = r.phone() == null ? "" : r.phone();
			row.link = r.link() == null ? "" : r.link();
			row.example = r.example();
			return row;
		}

		boolean blank() {
			return (name + description + phone + link).isBlank();
		}

		PortalDetails.Help toHelp() {
			return new PortalDetails.Help(text(language),
					new HelpResource(text(name), text(description), optional(phone), optional(link), example));
		}

		public String getLanguage() {
			return language;
		}

		public void setLanguage(@Nullable String language) {
			this.language = text(language);
		}

		public String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = text(name);
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(@Nullable String description) {
			this.description = text(description);
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(@Nullable String phone) {
			this.phone = text(phone);
		}

		public String getLink() {
			return link;
		}

		public void setLink(@Nullable String link) {
			this.link = text(link);
		}

		public boolean isExample() {
			return example;
		}

		public void setExample(boolean example) {
			this.example = example;
		}
	}

	/** A public text replaced in one language: the message key and the text shown instead. */
	public static class OverrideRow {

		private String language = "";

		private String key = "";

		private String text = "";

		static OverrideRow of(PortalDetails.TextOverride override) {
			OverrideRow row = new OverrideRow();
			row.language = override.language();
			row.key = override.messageKey();
			row.text = override.text();
			return row;
		}

		boolean blank() {
			return (key + text).isBlank();
		}

		PortalDetails.TextOverride toOverride() {
			return new PortalDetails.TextOverride(PortalForm.text(language), PortalForm.text(key), PortalForm.text(text));
		}

		public String getLanguage() {
			return language;
		}

		public void setLanguage(@Nullable String language) {
			this.language = PortalForm.text(language);
		}

		public String getKey() {
			return key;
		}

		public void setKey(@Nullable String key) {
			this.key = PortalForm.text(key);
		}

		public String getText() {
			return text;
		}

		public void setText(@Nullable String text) {
			this.text = text == null ? "" : text;
		}
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(@Nullable String slug) {
		this.slug = text(slug);
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(@Nullable String country) {
		this.country = text(country);
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public Map<String, String> getNames() {
		return names;
	}

	public void setNames(Map<String, String> names) {
		this.names = names;
	}

	public List<PartnerRow> getPartners() {
		return partners;
	}

	public void setPartners(List<PartnerRow> partners) {
		this.partners = partners;
	}

	public List<HelpRow> getHelp() {
		return help;
	}

	public void setHelp(List<HelpRow> help) {
		this.help = help;
	}

	public List<OverrideRow> getOverrides() {
		return overrides;
	}

	public void setOverrides(List<OverrideRow> overrides) {
		this.overrides = overrides;
	}
}
