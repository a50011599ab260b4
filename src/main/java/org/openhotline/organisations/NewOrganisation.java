package org.openhotline.organisations;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.PlainEmail;
import org.openhotline.shared.validation.FieldRefusals;

/**
 * An organisation as an administrator or the command enters it; the constructor refuses what
 * could not be written to, every field at once, naming each field and its message key. {@code country} is an
 * ISO 3166 alpha-2 code or null (empty) when not given; the contact fields may be empty.
 */
public record NewOrganisation(String name, OrganisationKind kind, @Nullable String country, String contactName,
		String contactEmail, ListLevel level) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	public NewOrganisation {
		FieldRefusals refused = new FieldRefusals();
		name = name == null ? "" : name.strip();
		if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
			refused.add("name", "organisation.error.name");
		}
		if (kind == null) {
			refused.add("kind", "organisation.error.kind");
		}
		country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		if (country != null && !COUNTRIES.contains(country)) {
			refused.add("country", "organisation.error.country");
		}
		contactName = contactName == null ? "" : contactName.strip();
		if (contactName.length() > 200 || contactName.chars().anyMatch(Character::isISOControl)) {
			refused.add("contactName", "organisation.error.contact-name");
		}
		contactEmail = contactEmail == null ? "" : contactEmail.strip();
		if (!contactEmail.isEmpty() && !PlainEmail.isPlain(contactEmail)) {
			refused.add("contactEmail", "organisation.error.contact-email");
		}
		if (level == null) {
			refused.add("level", "organisation.error.level");
		}
		refused.refuseIfAny();
	}
}
