package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.portal.Portals;
import org.openhotline.tracing.HostingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Portal administration over real HTTP: an administrator creates a portal (a refused form
 * keeping what was typed), edits it, previews its pages, puts it live and suspends it; every
 * change is audited with before and after; a draft is not public; a suspended portal takes
 * no report; a language that lacks message keys keeps a portal from going live.
 */
class PortalAdminPagesTests extends HostingFixtures {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Portals portals;

	OfficeHttp admin() {
		return StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Adama Admin", administration, enrolment, CLOCK);
	}

	static String slug() {
		StringBuilder slug = new StringBuilder("t");
		for (int i = 0; i < 9; i++) {
			slug.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return slug.toString();
	}

	static String[] portalFields(String slug, String... more) {
		List<String> fields = new java.util.ArrayList<>(List.of("slug", slug, "country", "MR", "languages", "ar",
				"languages", "fr", "languages", "", "names[ar]", "موريتانيا", "names[fr]", "Mauritanie", "names[en]", "",
				"partners[0].name", "Mauritel", "partners[0].link", "https://partner.example/", "partners[0].logoFile", "",
				"help[0].language", "ar", "help[0].name", "خط مساعدة الطفل", "help[0].description", "مجاني",
				"help[0].phone", "+222 00 00 00 00", "help[0].link", "", "overrides[0].language", "fr",
				"overrides[0].key", "", "overrides[0].text", ""));
		fields.addAll(List.of(more));
		return fields.toArray(String[]::new);
	}

	@Test
	void anAdministratorCreatesAPortalARefusedFormKeepingWhatWasTypedThenEditsIt() {
		OfficeHttp admin = admin();
		assertThat(admin.get("/office").body()).contains("href=\"/office/portals\"");
		assertThat(admin.get("/office/portals").body()).contains("href=\"/office/portals/ml\"", "Live");
		HttpResponse<String> form = admin.get("/office/portals/new");
		assertThat(form.body()).contains("<option value=\"MR\">Mauritania</option>", "<option value=\"ar\">Arabic — العربية (ar)</option>");
		assertThat(admin.get("/office/portals/new", "fr").body()).contains("<option value=\"MR\">Mauritanie</option>");

		String[] reserved = portalFields("office");
		HttpResponse<String> refused = admin.post("/office/portals/new", reserved);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"error-summary\"", "href=\"#slug\"", "id=\"slug-error\"",
				"The address office is used by the site itself", "aria-describedby=\"slug-error slug-hint\"",
				"value=\"office\"", "value=\"موريتانيا\"", "value=\"Mauritanie\"", "value=\"Mauritel\"",
				"value=\"https://partner.example/\"", "value=\"خط مساعدة الطفل\"", "value=\"+222 00 00 00 00\"");
		assertThat(refused.body()).containsPattern("<option value=\"MR\" selected=\"selected\"");
		HttpResponse<String> channel = admin.post("/office/portals/new", portalFields("exchange"));
		assertThat(channel.statusCode()).as("the hotline exchange's reports are filed under its slug").isEqualTo(422);
		assertThat(channel.body()).contains("id=\"slug-error\"", "The address exchange is used by the site itself");

		String slug = slug();
		HttpResponse<String> badLink = admin.post("/office/portals/new", portalFields(slug, "partners[1].name", "Second",
				"partners[1].link", "ftp://partner.example/"));
		assertThat(badLink.statusCode()).isEqualTo(422);
		assertThat(badLink.body()).contains("id=\"partner-1-link-error\"", "value=\"ftp://partner.example/\"", "value=\"Second\"");

		HttpResponse<String> created = admin.post("/office/portals/new", portalFields(slug));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/office/portals/" + slug));
		HttpResponse<String> page = admin.follow(created);
		assertThat(page.body()).contains("Portal created as a draft", "id=\"portal-status\">Draft<",
				"href=\"/office/portals/" + slug + "/preview/ar\"");
		assertThat(portals.find(slug)).get().satisfies(p -> {
			assertThat(p.languages()).containsExactly("ar", "fr");
			assertThat(p.countryCode()).isEqualTo("MR");
			assertThat(p.partners()).singleElement().satisfies(partner -> assertThat(partner.logoFile()).isNull());
			assertThat(p.helpIn("ar")).singleElement().satisfies(h -> assertThat(h.phone()).isEqualTo("+222 00 00 00 00"));
		});
		assertThat(admin.post("/office/portals/new", portalFields(slug)).body()).contains("There is already a portal at /" + slug);

		// edit: a text replaced in French; an unknown key is refused beside its field
		HttpResponse<String> badKey = admin.post("/office/portals/" + slug, portalFields(slug, "overrides[1].language", "fr",
				"overrides[1].key", "no.such.key", "overrides[1].text", "Texte"));
		assertThat(badKey.statusCode()).isEqualTo(422);
		assertThat(badKey.body()).contains("id=\"override-0-key-error\"", "value=\"no.such.key\"", ">Texte</textarea>");
		HttpResponse<String> saved = admin.follow(admin.post("/office/portals/" + slug,
				portalFields(slug, "overrides[1].language", "fr", "overrides[1].key", "report.intro", "overrides[1].text",
						"Texte propre à la Mauritanie.")));
		assertThat(saved.body()).contains("Portal saved.", "value=\"report.intro\"");
		assertThat(admin.get("/office/portals/" + slug + "/preview/fr").body()).contains("Texte propre à la Mauritanie.");

		assertThat(jdbc.sql("SELECT action, details FROM audit_entry WHERE target = ? ORDER BY sequence").param(slug)
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list()).satisfiesExactly(
					c -> assertThat(c).startsWith("PORTAL_CREATED before: - after: status=DRAFT country=MR languages=[ar, fr]"),
					e -> assertThat(e).startsWith("PORTAL_CHANGED before: status=DRAFT").contains("overrides=[] after:")
						.endsWith("overrides=[fr:report.intro]"));
		assertThat(admin.get("/office/portals/" + slug() ).statusCode()).isEqualTo(404);
	}

	@Test
	void aPortalFormWithSeveralMistakesComesBackWithEveryErrorBesideItAndWhatWasTyped() {
		OfficeHttp admin = admin();
		admin.get("/office/portals/new");
		List<String> fields = new java.util.ArrayList<>(List.of(portalFields("office")));
		fields.set(fields.indexOf("country") + 1, "");
		fields.set(fields.indexOf("names[fr]") + 1, "");
		fields.set(fields.indexOf("partners[0].link") + 1, "ftp://partner.example/");
		fields.set(fields.indexOf("help[0].phone") + 1, "call the centre");

		HttpResponse<String> refused = admin.post("/office/portals/new", fields.toArray(String[]::new));

		String form = org.openhotline.shared.web.RefusedForm.assertRefused(refused, "slug", "country", "name-fr",
				"partner-0-link", "help-0-phone");
		assertThat(form).contains("value=\"office\"", "value=\"موريتانيا\"", "value=\"Mauritel\"",
				"value=\"ftp://partner.example/\"", "value=\"خط مساعدة الطفل\"", "value=\"call the centre\"",
				"The address office is used by the site itself");
		assertThat(form).containsPattern("<option value=\"fr\" selected=\"selected\"");

		String slug = slug();
		admin.post("/office/portals/new", portalFields(slug));
		admin.get("/office/portals/" + slug);
		List<String> edit = new java.util.ArrayList<>(List.of(portalFields(slug, "overrides[1].language", "fr",
				"overrides[1].key", "no.such.key", "overrides[1].text", " ")));
		edit.set(edit.indexOf("help[0].name") + 1, "");
		HttpResponse<String> badEdit = admin.post("/office/portals/" + slug, edit.toArray(String[]::new));
		assertThat(org.openhotline.shared.web.RefusedForm.assertRefused(badEdit, "help-0-name", "override-0-key",
				"override-0-text")).contains("value=\"no.such.key\"", "value=\"+222 00 00 00 00\"");
	}

	@Test
	void aDraftIsPreviewedByAdministratorsOnlyAndAnswers404ToThePublicUntilItIsLive() {
		OfficeHttp admin = admin();
		String slug = slug();
		admin.get("/office/portals/new");
		admin.follow(admin.post("/office/portals/new", portalFields(slug)));
		PortalHttp public_ = new PortalHttp(port);
		assertThat(public_.get("/" + slug).statusCode()).isEqualTo(404);
		assertThat(public_.get("/" + slug + "/ar").statusCode()).isEqualTo(404);
		assertThat(public_.get("/" + slug + "/ar/about").statusCode()).isEqualTo(404);

		HttpResponse<String> report = admin.get("/office/portals/" + slug + "/preview/ar");
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body()).contains("lang=\"ar\" dir=\"rtl\"", "موريتانيا", "Mauritel", "خط مساعدة الطفل",
				"name=\"token\"", "dir=\"ltr\" inputmode=\"url\"").doesNotContain("office.js", "/office/sign-out");
		assertThat(admin.get("/office/portals/" + slug + "/preview/fr/about").body()).contains("lang=\"fr\" dir=\"ltr\"", "Mauritanie");
		assertThat(admin.get("/office/portals/" + slug + "/preview/ar/status").statusCode()).isEqualTo(200);
		assertThat(admin.get("/office/portals/" + slug + "/preview/ar/confirmation").body()).contains("id=\"receipt-code\"");
		assertThat(admin.get("/office/portals/" + slug + "/preview/ar/suspended").body()).contains("id=\"suspended\"");
		assertThat(admin.get("/office/portals/" + slug + "/preview/en").statusCode()).as("not a language of the portal").isEqualTo(404);
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Awa Analyst", administration, enrolment, CLOCK);
		assertThat(analyst.get("/office/portals/" + slug + "/preview/ar").statusCode()).isEqualTo(403);

		// what the preview shows is what the public gets once live
		admin.get("/office/portals/" + slug);
		HttpResponse<String> live = admin.follow(admin.post("/office/portals/" + slug + "/status", "to", "LIVE"));
		assertThat(live.body()).contains("The portal is live.", "id=\"portal-status\">Live<");
		String publicPage = public_.get("/" + slug + "/ar").body();
		assertThat(withoutToken(publicPage)).isEqualTo(withoutToken(admin.get("/office/portals/" + slug + "/preview/ar").body()));
	}

	@Test
	void aSuspendedPortalSaysSoAndTakesNoReportThenGoesLiveAgain() {
		OfficeHttp admin = admin();
		String slug = slug();
		admin.get("/office/portals/new");
		admin.follow(admin.post("/office/portals/new", portalFields(slug)));
		admin.follow(admin.post("/office/portals/" + slug + "/status", "to", "LIVE"));
		PortalHttp public_ = new PortalHttp(port);
		String token = public_.freshToken(slug, "ar");

		admin.get("/office/portals/" + slug);
		HttpResponse<String> suspended = admin.follow(admin.post("/office/portals/" + slug + "/status", "to", "SUSPENDED"));
		assertThat(suspended.body()).contains("The portal is suspended", "id=\"portal-status\">Suspended<");

		HttpResponse<String> page = public_.get("/" + slug + "/ar");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(PortalHttp.readable(page)).contains("id=\"suspended\"", "هذه البوابة لا تستقبل البلاغات في الوقت الحالي",
				"خط مساعدة الطفل").doesNotContain("<form");
		assertThat(public_.get("/" + slug).statusCode()).as("the portal's address leads to that page").isEqualTo(302);
		int reportsBefore = reports(slug);
		HttpResponse<String> posted = public_.post("/" + slug + "/ar/report",
				PortalHttp.validReport(token, "https://example.com/suspended-" + UUID.randomUUID()));
		assertThat(posted.statusCode()).isEqualTo(503);
		assertThat(posted.body()).contains("id=\"suspended\"").doesNotContain("id=\"reference\"");
		assertThat(reports(slug)).isEqualTo(reportsBefore).isZero();

		// suspended again is refused (the shared advice shows why on the portal's page)
		admin.get("/office/portals/" + slug);
		HttpResponse<String> again = admin.follow(admin.post("/office/portals/" + slug + "/status", "to", "SUSPENDED"));
		assertThat(again.body()).contains("id=\"error-summary\"", "Only a live portal can be suspended.");
		admin.follow(admin.post("/office/portals/" + slug + "/status", "to", "LIVE"));
		assertThat(public_.get("/" + slug + "/ar").statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE target = ? AND action = 'PORTAL_STATUS_CHANGED' ORDER BY sequence")
			.param(slug).query(String.class).list()).satisfiesExactly(
					d -> assertThat(d).startsWith("before: status=DRAFT").contains(" after: status=LIVE"),
					d -> assertThat(d).startsWith("before: status=LIVE").contains(" after: status=SUSPENDED"),
					d -> assertThat(d).startsWith("before: status=SUSPENDED").contains(" after: status=LIVE"));
	}

	@Test
	void aLanguageThatLacksKeysIsListedAndKeepsAPortalFromGoingLive() {
		OfficeHttp admin = admin();
		HttpResponse<String> languages = admin.get("/office/portals/languages");
		assertThat(languages.statusCode()).isEqualTo(200);
		String page = PortalHttp.readable(languages);
		assertThat(page).contains("id=\"language-sw\"", "<code>report.intro</code>")
			.doesNotContain("<code>report.heading</code>");
		// the count as people read it, grouped by thousands (1,034)
		int missing = Integer.parseInt(page.replaceAll("(?s).*id=\"language-sw\".*?Missing messages: ([\\d,]+).*", "$1")
			.replace(",", ""));
		assertThat(missing).isGreaterThan(100);
		assertThat(page).containsPattern("(?s)id=\"language-ar\".*?Complete: every message is translated.");

		String slug = slug();
		admin.get("/office/portals/new");
		HttpResponse<String> created = admin.post("/office/portals/new", portalFields(slug, "languages", "sw", "names[sw]", "Moritania"));
		assertThat(created.statusCode()).as("a draft may use it").isEqualTo(302);
		admin.follow(created);
		HttpResponse<String> refused = admin.follow(admin.post("/office/portals/" + slug + "/status", "to", "LIVE"));
		assertThat(refused.body()).contains("id=\"error-summary\"",
				"The language Kiswahili (sw) lacks " + missing + " messages: the portal cannot be live in it.",
				"id=\"portal-status\">Draft<");
		assertThat(new PortalHttp(port).get("/" + slug + "/ar").statusCode()).isEqualTo(404);

		// without it, it goes live; adding it back to the live portal is refused, keeping what was typed
		admin.follow(admin.post("/office/portals/" + slug, portalFields(slug)));
		admin.follow(admin.post("/office/portals/" + slug + "/status", "to", "LIVE"));
		HttpResponse<String> addBack = admin.post("/office/portals/" + slug, portalFields(slug, "languages", "sw", "names[sw]", "Moritania"));
		assertThat(addBack.statusCode()).isEqualTo(422);
		assertThat(addBack.body()).contains("lacks " + missing + " messages", "value=\"Moritania\"");
		assertThat(portals.find(slug)).get().satisfies(p -> assertThat(p.languages()).containsExactly("ar", "fr"));
	}

	private int reports(String slug) {
		return jdbc.sql("SELECT count(*) FROM report WHERE portal_slug = ?").param(slug).query(Integer.class).single();
	}

	private static String withoutToken(String html) {
		return html.replaceAll("name=\"token\" value=\"[^\"]*\"", "");
	}
}
