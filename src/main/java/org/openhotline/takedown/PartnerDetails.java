package org.openhotline.takedown;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A partner contact as an administrator enters it; the constructor refuses what could not
 * be written to, naming the field and the message key.
 */
public record PartnerDetails(PartnerKind kind, String name, @Nullable String country, String email,
		List<String> languages, Channel channel, String note) {

	private static final Pattern EMAIL = Pattern
		.compile("[^\\s@\\p{Cntrl}<>,;\"]{1,64}@[^\\s@\\p{Cntrl}<>,;\"]{1,189}\\.[A-Za-z0-9-]{2,63}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	/** A field that is wrong, with the message key that says how. */
	public static final class Invalid extends IllegalArgumentException {

		private final String field;

		private final String messageKey;

		public Invalid(String field, String messageKey) {
			super(field + ": " + messageKey);
			this.field = field;
			this.messageKey = messageKey;
		}

		public String field() {
			return field;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	public PartnerDetails {
		name = name == null ? "" : name.strip();
		if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
			throw new Invalid("name", "partner.error.name");
		}
		country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		if (country != null && !country.matches("[A-Z]{2}")) {
			throw new Invalid("country", "partner.error.country");
		}
		if (kind == PartnerKind.HOTLINE && country == null) {
			throw new Invalid("country", "partner.error.hotline-country");
		}
		email = email == null ? "" : email.strip();
		if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			throw new Invalid("email", "partner.error.email");
		}
		languages = languages == null ? List.of()
				: languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty()).distinct().toList();
		if (languages.isEmpty() || languages.size() > 10 || !languages.stream().allMatch(l -> LANGUAGE.matcher(l).matches())) {
			throw new Invalid("languages", "partner.error.languages");
		}
		note = note == null ? "" : note.strip();
		if (note.length() > 1000) {
			throw new Invalid("note", "partner.error.note");
		}
	}
}
