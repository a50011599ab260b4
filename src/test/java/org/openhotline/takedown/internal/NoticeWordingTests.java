package org.openhotline.takedown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhotline.takedown.ActionKind;
import org.openhotline.takedown.EscalationLevel;
import org.openhotline.takedown.TakedownAction;
import org.openhotline.takedown.TakedownCase;
import org.openhotline.tracing.HostingFixtures;
import org.openhotline.tracing.HostingTrace;
import org.openhotline.tracing.TraceOutcome;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each notice says what fits its case, in every notice language: a name that does not
 * resolve, an onion service, content hosted abroad, content hosted at home (Mali in the
 * fixtures); only a recipient in the hosting country is told "hosted in your country".
 */
class NoticeWordingTests extends HostingFixtures {

	private static final UUID HOTLINE_FR = UUID.fromString("00000000-0000-4000-8000-000000000001");

	private static final UUID POLICE_ML = UUID.fromString("00000000-0000-4000-8000-000000000003");

	private static final UUID INTERNATIONAL = UUID.fromString("00000000-0000-4000-8000-000000000004");

	/** Per language: the words for each case, and those that must not appear where they do not fit. */
	private static final Map<String, Map<String, String>> WORDS = Map.of(
			"en", Map.of("unresolvable", "does not resolve to any address", "onion", "is a Tor onion service", "abroad",
					"hosted abroad", "home", "our own country", "your-country", "hosted in your country", "traced", "Traced to",
					"germany", "Germany", "mali", "Mali", "hosting-law", "the law of the hosting country"),
			"fr", Map.of("unresolvable", "ne correspond à aucune adresse", "onion", "est un service onion Tor", "abroad",
					"hébergée à l’étranger", "home", "notre propre pays", "your-country", "votre pays", "traced", "Tracée jusqu’à",
					"germany", "Allemagne", "mali", "Mali", "hosting-law", "le droit du pays d’hébergement"),
			"ar", Map.of("unresolvable", "لا يشير إلى أي عنوان", "onion", "خدمة onion على شبكة Tor", "abroad", "في الخارج",
					"home", "وهو بلدنا", "your-country", "بلدكم", "traced", "تُتبّع حتى", "germany", "ألمانيا", "mali", "مالي", "hosting-law",
					"قانون بلد الاستضافة"));

	@Autowired
	NoticeComposer composer;

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "ar" })
	void aNameThatDoesNotResolveIsReferredAsSuchNeverAsHostedInYourCountry(String language) {
		Map<String, String> words = WORDS.get(language);
		String mail = referral(INTERNATIONAL, language, trace("gone.invalid", TraceOutcome.UNRESOLVABLE, null, null));

		assertThat(mail).contains(words.get("unresolvable"), "gone.invalid")
			.doesNotContain(words.get("your-country"), words.get("traced"), words.get("home"), words.get("hosting-law"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "ar" })
	void anOnionServiceIsReferredAsOne(String language) {
		Map<String, String> words = WORDS.get(language);
		String host = "exampleexampleexampleexampleexampleexampleexampleexampl.onion";
		String mail = referral(POLICE_ML, language, trace(host, TraceOutcome.ONION, null, null));

		assertThat(mail).contains(words.get("onion"), host)
			.doesNotContain(words.get("your-country"), words.get("traced"), words.get("unresolvable"),
					words.get("hosting-law"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "ar" })
	void contentHostedAbroadIsAbroadExceptForAPartnerOfThatCountry(String language) {
		Map<String, String> words = WORDS.get(language);
		HostingTrace germany = trace("elsewhere.example", TraceOutcome.TRACED, "192.0.2.30", "DE");
		HostingTrace france = trace("www.hosting.example", TraceOutcome.TRACED, "203.0.113.10", "FR");

		String notice = notice(language, germany);
		assertThat(notice).contains(words.get("germany"), "192.0.2.30", "AS64504", words.get("hosting-law"))
			.doesNotContain(words.get("home"), words.get("your-country"));
		String toInternational = referral(INTERNATIONAL, language, germany);
		assertThat(toInternational).contains(words.get("abroad"), words.get("germany"))
			.doesNotContain(words.get("your-country"), words.get("home"), words.get("traced"));
		String toFrenchHotline = referral(HOTLINE_FR, language, france);
		assertThat(toFrenchHotline).contains(words.get("your-country"), "203.0.113.10")
			.doesNotContain(words.get("abroad"), words.get("home"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "ar" })
	void contentHostedAtHomeIsSaidToBeHostedHere(String language) {
		Map<String, String> words = WORDS.get(language);
		HostingTrace mali = trace("home.example", TraceOutcome.TRACED, "192.0.2.20", "ML");

		assertThat(notice(language, mali)).contains(words.get("home"), words.get("mali"), "192.0.2.20")
			.doesNotContain(words.get("your-country"), words.get("abroad"));
		assertThat(referral(POLICE_ML, language, mali)).contains(words.get("mali"), "192.0.2.20")
			.doesNotContain(words.get("your-country"), words.get("abroad"), words.get("traced"));
	}

	private String referral(UUID partner, String language, HostingTrace trace) {
		TakedownAction action = action(ActionKind.POLICE_REFERRAL, partner, language);
		NoticeComposer.Mail mail = composer.compose(MailKind.REFERRAL, action, kase(trace), trace, null);
		assertThat(mail.subject()).doesNotContain(WORDS.get(language).get("your-country"))
			.contains(action.reference());
		return mail.subject() + "\n" + mail.body();
	}

	private String notice(String language, HostingTrace trace) {
		TakedownAction action = action(ActionKind.HOST_NOTICE, null, language);
		NoticeComposer.Mail mail = composer.compose(MailKind.NOTICE, action, kase(trace), trace, null);
		return mail.subject() + "\n" + mail.body();
	}

	private static TakedownAction action(ActionKind kind, @Nullable UUID partner, String language) {
		Instant now = CLOCK.instant();
		return new TakedownAction(UUID.randomUUID(), UUID.randomUUID(), "TD-WORDS-12345", kind, EscalationLevel.HOST, "Recipient",
				"someone@recipient.example", language, partner, true, 1, 1, now, "analyst", now, null, 0);
	}

	private static TakedownCase kase(HostingTrace trace) {
		Instant now = CLOCK.instant();
		return new TakedownCase(trace.caseId(), "https://" + trace.host() + "/gallery/1", trace.host(), now, now, now,
				trace.country(), trace.asn(), null, null, null, null);
	}

	private static HostingTrace trace(String host, TraceOutcome outcome, @Nullable String address, @Nullable String country) {
		Long asn = address == null ? null : Map.of("DE", 64504L, "FR", 64500L, "ML", 64503L).get(country);
		return new HostingTrace(UUID.randomUUID(), host, host, outcome, address == null ? List.of() : List.of(address),
				address, country, asn, null, null, null, null, List.of(), List.of(), CLOCK.instant(), 1, List.of(), null,
				null, 0);
	}
}
