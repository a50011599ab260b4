package org.openhotline.takedown;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A partner hotline or law-enforcement contact. {@code country} null: international.
 * {@code example}: a seeded entry with a reserved address, to be replaced before going live.
 */
public record PartnerContact(UUID id, PartnerKind kind, String name, @Nullable String country, String email,
		List<String> languages, Channel channel, String note, boolean active, boolean example, long version,
		PartnerExchange exchange) {

	/** A contact outside the exchange. */
	public PartnerContact(UUID id, PartnerKind kind, String name, @Nullable String country, String email,
			List<String> languages, Channel channel, String note, boolean active, boolean example, long version) {
		this(id, kind, name, country, email, languages, channel, note, active, example, version, PartnerExchange.NONE);
	}

	/** The languages notices and referrals are written in (those the message bundles carry). */
	private static final Set<String> NOTICE_LANGUAGES = Set.of("en", "fr", "ar");

	/** The first of the partner's languages that notices are written in, else English. */
	public String noticeLanguage() {
		return languages.stream().filter(NOTICE_LANGUAGES::contains).findFirst().orElse("en");
	}
}
