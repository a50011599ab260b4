package org.openhotline.takedown;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.PlainEmail;
import org.openhotline.shared.validation.FieldRefusals;

/**
 * A partner contact as an administrator enters it; the constructor refuses what could not
 * be written to, every field at once, naming each field and its message key.
 */
public record PartnerDetails(PartnerKind kind, String name, @Nullable String country, String email,
		List<String> languages, Channel channel, String note, PartnerExchange exchange) {

	/** A contact outside the exchange. */
	public PartnerDetails(PartnerKind kind, String name, @Nullable String country, String email, List<String> languages,
			Channel channel, String note) {
		this(kind, name, country, email, languages, channel, note, PartnerExchange.NONE);
	}

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	public PartnerDetails {
		FieldRefusals refused = new FieldRefusals();
		name = name == null ? "" : name.strip();
		if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
			refused.add("name", "partner.error.name");
		}
		country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		if (country != null && !country.matches("[A-Z]{2}")) {
			refused.add("country", "partner.error.country");
		}
		else if (kind == PartnerKind.HOTLINE && country == null) {
			refused.add("country", "partner.error.hotline-country");
		}
		email = email == null ? "" : email.strip();
		if (!PlainEmail.isPlain(email)) {
			refused.add("email", "partner.error.email");
		}
		languages = languages == null ? List.of()
				: languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty()).distinct().toList();
		if (languages.isEmpty() || languages.size() > 10 || !languages.stream().allMatch(l -> LANGUAGE.matcher(l).matches())) {
			refused.add("languages", "partner.error.languages");
		}
		note = note == null ? "" : note.strip();
		// the database keeps no NUL; line breaks and tabs are part of a note
		if (note.length() > 1000 || note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			refused.add("note", "partner.error.note");
		}
		refused.refuseIfAny();
	}
}
