package org.openhotline.takedown;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.PlainEmail;
import org.openhotline.shared.validation.StepRefused;

/**
 * A partner contact as an administrator enters it; the constructor refuses what could not
 * be written to, naming the field and the message key.
 */
public record PartnerDetails(PartnerKind kind, String name, @Nullable String country, String email,
		List<String> languages, Channel channel, String note) {

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	public PartnerDetails {
		name = name == null ? "" : name.strip();
		if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
			throw StepRefused.field("name", "partner.error.name");
		}
		country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		if (country != null && !country.matches("[A-Z]{2}")) {
			throw StepRefused.field("country", "partner.error.country");
		}
		if (kind == PartnerKind.HOTLINE && country == null) {
			throw StepRefused.field("country", "partner.error.hotline-country");
		}
		email = email == null ? "" : email.strip();
		if (!PlainEmail.isPlain(email)) {
			throw StepRefused.field("email", "partner.error.email");
		}
		languages = languages == null ? List.of()
				: languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty()).distinct().toList();
		if (languages.isEmpty() || languages.size() > 10 || !languages.stream().allMatch(l -> LANGUAGE.matcher(l).matches())) {
			throw StepRefused.field("languages", "partner.error.languages");
		}
		note = note == null ? "" : note.strip();
		if (note.length() > 1000) {
			throw StepRefused.field("note", "partner.error.note");
		}
	}
}
