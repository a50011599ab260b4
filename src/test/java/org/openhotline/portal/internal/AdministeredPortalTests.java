package org.openhotline.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhotline.portal.HelpResource;
import org.openhotline.portal.Partner;
import org.openhotline.portal.PortalDetails;
import org.openhotline.portal.PortalStatus;
import org.openhotline.shared.validation.StepRefused;
import org.springframework.scheduling.annotation.Scheduled;

/** A portal's status moves draft → live → suspended → live, only in complete languages; its details are checked. No Spring. */
class AdministeredPortalTests {

	static final PortalRules RULES = new PortalRules(Set.of("en", "fr", "ar", "sw"), Set.of("report.heading", "report.intro"));

	static final LanguageCompleteness ALL_COMPLETE = language -> 0;

	static PortalDetails mauritania(String... languages) {
		Map<String, String> names = Map.of("ar", "موريتانيا", "fr", "Mauritanie", "sw", "Moritania", "en", "Mauritania");
		return new PortalDetails("mr", "MR", List.of(languages),
				Map.ofEntries(List.of(languages).stream().map(l -> Map.entry(l, names.get(l))).toArray(Map.Entry[]::new)),
				List.of(new Partner("Mauritel", "https://partner.example/", null)),
				List.of(new PortalDetails.Help("ar", new HelpResource("خط مساعدة", "", "+222 00 00 00", null, false))),
				List.of(new PortalDetails.TextOverride(languages[0], "report.intro", "Anonyme.")));
	}

	@Test
	void aNewPortalIsADraftThatGoesLiveIsSuspendedAndGoesLiveAgain() {
		AdministeredPortal portal = AdministeredPortal.draft(mauritania("ar", "fr"), RULES);
		assertThat(portal.status()).isEqualTo(PortalStatus.DRAFT);
		assertThat(portal.toPortal().isLive()).isFalse();

		portal.goLive(ALL_COMPLETE);
		assertThat(portal.status()).isEqualTo(PortalStatus.LIVE);
		portal.suspend();
		assertThat(portal.status()).isEqualTo(PortalStatus.SUSPENDED);
		assertThat(portal.toPortal().isSuspended()).isTrue();
		portal.goLive(ALL_COMPLETE);
		assertThat(portal.status()).isEqualTo(PortalStatus.LIVE);
	}

	@Test
	void transitionsTheStatusDoesNotAllowAreRefusedWithAMessageKey() {
		AdministeredPortal draft = AdministeredPortal.draft(mauritania("ar", "fr"), RULES);
		assertThatThrownBy(draft::suspend).isInstanceOfSatisfying(StepRefused.class,
				e -> assertThat(e.messageKey()).isEqualTo("portal.error.not-live"));
		draft.goLive(ALL_COMPLETE);
		assertThatThrownBy(() -> draft.goLive(ALL_COMPLETE)).isInstanceOfSatisfying(StepRefused.class,
				e -> assertThat(e.messageKey()).isEqualTo("portal.error.already-live"));
		draft.suspend();
		assertThatThrownBy(draft::suspend).isInstanceOf(StepRefused.class);
	}

	@Test
	void aPortalDoesNotGoLiveNorStayLiveInALanguageThatLacksKeys() {
		LanguageCompleteness swahiliLacksThree = language -> language.equals("sw") ? 3 : 0;
		AdministeredPortal portal = AdministeredPortal.draft(mauritania("ar", "sw"), RULES);
		assertThatThrownBy(() -> portal.goLive(swahiliLacksThree)).isInstanceOfSatisfying(StepRefused.class, e -> {
			assertThat(e.messageKey()).isEqualTo("portal.error.language-incomplete");
			assertThat(e.refusal().arguments()).containsExactly("Kiswahili (sw)", "3");
		});
		assertThat(portal.status()).isEqualTo(PortalStatus.DRAFT);

		AdministeredPortal live = AdministeredPortal.draft(mauritania("ar", "fr"), RULES);
		live.goLive(swahiliLacksThree);
		assertThatThrownBy(() -> live.edit(mauritania("ar", "fr", "sw"), RULES, swahiliLacksThree))
			.isInstanceOfSatisfying(StepRefused.class,
					e -> assertThat(e.messageKey()).isEqualTo("portal.error.language-incomplete"));
		assertThat(live.details().languages()).containsExactly("ar", "fr");
		// a draft may be prepared in it
		portal.edit(mauritania("sw", "ar"), RULES, swahiliLacksThree);
		assertThat(portal.details().languages()).containsExactly("sw", "ar");
	}

	@Test
	void detailsAreCheckedFieldByField() {
		PortalDetails good = mauritania("ar", "fr");
		assertThat(refusedField(withSlug(good, "office"))).isEqualTo("slug");
		assertThat(refusedField(withSlug(good, "Mr"))).isEqualTo("slug");
		assertThat(refusedField(withSlug(good, "m"))).isEqualTo("slug");
		assertThat(refusedField(new PortalDetails("mr", "XX", good.languages(), good.names(), good.partners(), good.help(),
				good.overrides()))).isEqualTo("country");
		assertThat(refusedField(new PortalDetails("mr", "MR", List.of("ar", "ar"), good.names(), good.partners(),
				good.help(), good.overrides()))).isEqualTo("language-1");
		assertThat(refusedField(new PortalDetails("mr", "MR", List.of("ar", "de"), good.names(), good.partners(),
				good.help(), good.overrides()))).isEqualTo("language-1");
		assertThat(refusedField(new PortalDetails("mr", "MR", good.languages(), Map.of("ar", "موريتانيا"), good.partners(),
				good.help(), good.overrides()))).isEqualTo("name-fr");
		assertThat(refusedField(new PortalDetails("mr", "MR", good.languages(), good.names(),
				List.of(good.partners().get(0), new Partner("Other", "javascript:alert(1)", null)), good.help(),
				good.overrides()))).isEqualTo("partner-1-link");
		assertThat(refusedField(new PortalDetails("mr", "MR", good.languages(), good.names(), good.partners(),
				List.of(new PortalDetails.Help("ar", new HelpResource("خط", "", null, null, false))), good.overrides())))
			.isEqualTo("help-0-phone");
		assertThat(refusedField(new PortalDetails("mr", "MR", good.languages(), good.names(), good.partners(), good.help(),
				List.of(new PortalDetails.TextOverride("fr", "no.such.key", "x"))))).isEqualTo("override-0-key");
		assertThat(refusedField(new PortalDetails("mr", "MR", good.languages(), good.names(), good.partners(), good.help(),
				List.of(new PortalDetails.TextOverride("en", "report.intro", "x"))))).isEqualTo("override-0-language");
	}

	@Test
	void aControlCharacterInATextIsRefusedBesideItsFieldNotLeftToTheDatabase() {
		PortalDetails good = mauritania("ar", "fr");
		assertThat(refusedField(new PortalDetails("mr", "MR", good.languages(), Map.of("ar", "موريتانيا", "fr", "Mauri\u0000tanie"),
				good.partners(), good.help(), good.overrides()))).isEqualTo("name-fr");
		assertThat(refusedField(new PortalDetails("mr", "MR", good.languages(), good.names(),
				List.of(new Partner("Mauri\ntel", null, null)), good.help(), good.overrides()))).isEqualTo("partner-0-name");
		assertThat(refusedField(new PortalDetails("mr", "MR", good.languages(), good.names(), good.partners(),
				List.of(new PortalDetails.Help("ar", new HelpResource("خط", "a\u0000b", "+222 00", null, false))), good.overrides())))
			.isEqualTo("help-0-description");
		assertThat(refusedField(new PortalDetails("mr", "MR", good.languages(), good.names(), good.partners(), good.help(),
				List.of(new PortalDetails.TextOverride("ar", "report.intro", "a\u0000b"))))).isEqualTo("override-0-text");
		assertThat(refusedField(new PortalDetails("mr", "MR", good.languages(), good.names(), good.partners(), good.help(),
				List.of(new PortalDetails.TextOverride("ar", "report.intro", "line one\nline two"))))).isEqualTo("accepted");
	}

	@Test
	void theAddressOfAPortalStays() {
		AdministeredPortal portal = AdministeredPortal.draft(mauritania("ar", "fr"), RULES);
		assertThatThrownBy(() -> portal.edit(withSlug(mauritania("ar", "fr"), "mrt"), RULES, ALL_COMPLETE))
			.isInstanceOfSatisfying(StepRefused.class, e -> assertThat(e.field()).isEqualTo("slug"));
	}

	@Test
	void everyNodeReloadsThePortalsWithinAMinute() throws Exception {
		Scheduled scheduled = org.openhotline.portal.Portals.class.getMethod("reload").getAnnotation(Scheduled.class);
		assertThat(scheduled.fixedDelayString()).isEqualTo("${openhotline.portal.reload-interval:PT30S}");
	}

	private static String refusedField(PortalDetails details) {
		try {
			AdministeredPortal.draft(details, RULES);
		}
		catch (StepRefused e) {
			return String.valueOf(e.field());
		}
		return "accepted";
	}

	private static PortalDetails withSlug(PortalDetails details, String slug) {
		return new PortalDetails(slug, details.countryCode(), details.languages(), details.names(), details.partners(),
				details.help(), details.overrides());
	}
}
