package org.openhotline.organisations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.MutableClock;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.organisations.ApiKeyView;
import org.openhotline.organisations.ApiKeys;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.OrganisationView;
import org.openhotline.organisations.Organisations;
import org.openhotline.organisations.OrganisationsFixtures;
import org.openhotline.shared.web.RefusedForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The organisations' back-office pages over real HTTP, for administrators only. */
class OrganisationPagesTests extends OrganisationsFixtures {

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	MutableClock clock;

	@Autowired
	Organisations organisations;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcClient jdbc;

	OfficeHttp admin() {
		return StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Adama Admin", administration, enrolment, clock);
	}

	@Test
	void anAdministratorAddsAnOrganisationARefusedFormKeepingWhatWasTyped() {
		OfficeHttp admin = admin();
		assertThat(admin.get("/office").body()).contains("href=\"/office/organisations\"");
		admin.get("/office/organisations/new");
		String name = unique("Orange Mali");

		HttpResponse<String> refused = admin.post("/office/organisations/new", "name", name, "kind", "ISP", "country", "XX",
				"contactName", "Awa Traoré", "contactEmail", "blocking@isp-ml.example", "level", "URLS");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"country-error\"", "Enter a country as two letters", "value=\"" + name + "\"",
				"value=\"XX\"", "value=\"Awa Traoré\"", "value=\"blocking@isp-ml.example\"", "aria-describedby=\"country-error\"",
				"id=\"error-summary\"", "href=\"#country\"");
		assertThat(refused.body()).containsPattern("<option value=\"URLS\" selected=\"selected\"");

		HttpResponse<String> badEmail = admin.post("/office/organisations/new", "name", name, "kind", "ISP", "country", "ml",
				"contactName", "", "contactEmail", "a@isp.example\r\nBcc: b@isp.example", "level", "URLS");
		assertThat(badEmail.body()).contains("id=\"contactEmail-error\"", "Enter one email address");

		HttpResponse<String> added = admin.post("/office/organisations/new", "name", name, "kind", "ISP", "country", "ml",
				"contactName", "Awa Traoré", "contactEmail", "blocking@isp-ml.example", "level", "URLS");
		assertThat(added.statusCode()).isEqualTo(302);
		HttpResponse<String> page = admin.follow(added);
		assertThat(page.body()).contains("Organisation added.", name, "No key yet.");
		OrganisationView created = byName(name);
		assertThat(created.country()).isEqualTo("ML");
		assertThat(admin.get("/office/organisations").body()).contains(name, "Internet service provider", "Addresses and hashes");

		// edit: the level and the state
		HttpResponse<String> saved = admin.follow(admin.post("/office/organisations/" + created.id(), "name", name, "kind",
				"ISP", "country", "ML", "contactName", "Awa Traoré", "contactEmail", "blocking@isp-ml.example", "level",
				"HASHES", "_active", "on"));
		assertThat(saved.body()).contains("Organisation saved.");
		assertThat(organisations.find(created.id())).get().satisfies(o -> {
			assertThat(o.level()).isEqualTo(ListLevel.HASHES);
			assertThat(o.active()).isFalse();
		});
		HttpResponse<String> badEdit = admin.post("/office/organisations/" + created.id(), "name", "", "kind", "ISP",
				"country", "ML", "contactName", "Someone else", "contactEmail", "", "level", "URLS", "_active", "on");
		assertThat(badEdit.statusCode()).isEqualTo(422);
		assertThat(badEdit.body()).contains("id=\"name-error\"", "value=\"Someone else\"");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target = ? AND action IN ('ORGANISATION_ADDED', 'ORGANISATION_CHANGED')")
			.param(created.id().toString()).query(Integer.class).single()).isEqualTo(3);
		assertThat(admin.get("/office/organisations/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void aFormWithSeveralMistakesComesBackWithEveryErrorBesideItAndWhatWasTyped() {
		OfficeHttp admin = admin();
		admin.get("/office/organisations/new");
		String name = unique("Orange Mali");

		HttpResponse<String> refused = admin.post("/office/organisations/new", "name", " ", "kind", "SATELLITE",
				"country", "XX", "contactName", "Awa Traoré", "contactEmail", "awa at isp", "level", "URLS");

		String form = RefusedForm.assertRefused(refused, "name", "country", "contactEmail", "kind");
		assertThat(form).contains("value=\"XX\"", "value=\"Awa Traoré\"", "value=\"awa at isp\"")
			.containsPattern("<option value=\"URLS\" selected=\"selected\"");

		admin.post("/office/organisations/new", "name", name, "kind", "ISP", "country", "ml", "contactName", "",
				"contactEmail", "", "level", "URLS");
		OrganisationView created = byName(name);
		admin.get("/office/organisations/" + created.id());
		HttpResponse<String> badEdit = admin.post("/office/organisations/" + created.id(), "name", name, "kind", "ISP",
				"country", "Mali", "contactName", "x".repeat(201), "contactEmail", "", "level", "EVERYTHING", "_active", "on");
		String edited = RefusedForm.assertRefused(badEdit, "country", "contactName", "level");
		assertThat(edited).contains("value=\"" + name + "\"", "value=\"Mali\"", "value=\"" + "x".repeat(201) + "\"");
		assertThat(organisations.find(created.id())).get().satisfies(o -> assertThat(o.country()).isEqualTo("ML"));

		String path = "/office/organisations/" + created.id();
		admin.get(path);
		HttpResponse<String> badKey = admin.post(path + "/keys", "expiresAt", "next week");
		assertThat(RefusedForm.assertRefused(badKey, "expiresAt")).contains("value=\"next week\"");
	}

	@Test
	void aKeyIsShownOnceInTheAnswerToItsPostThenOnlyItsPrefixThenRotatedAndRevoked() {
		OfficeHttp admin = admin();
		String name = unique("Example platform");
		admin.get("/office/organisations/new");
		admin.post("/office/organisations/new", "name", name, "kind", "PLATFORM", "country", "", "contactName", "",
				"contactEmail", "", "level", "HASHES");
		OrganisationId id = byName(name).id();
		String path = "/office/organisations/" + id;

		admin.get(path);
		String yesterday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1).toString();
		HttpResponse<String> past = admin.post(path + "/keys", "expiresAt", yesterday);
		assertThat(past.statusCode()).isEqualTo(422);
		assertThat(past.body()).contains("id=\"expiresAt-error\"", "Choose a day after today", "value=\"" + yesterday + "\"")
			.doesNotContain("id=\"api-key-secret\"");
		assertThat(admin.post(path + "/keys", "expiresAt", "next week").body()).contains("Enter the day as year-month-day");

		String inAYear = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusYears(1).toString();
		HttpResponse<String> issued = admin.post(path + "/keys", "expiresAt", inAYear);
		assertThat(issued.statusCode()).as("the secret is in the answer itself, not kept for a redirect").isEqualTo(200);
		assertThat(issued.headers().firstValue("Cache-Control")).hasValue("no-store");
		String secret = OfficeHttp.text(issued.body(), "api-key-secret");
		assertThat(secret).matches("oh_[A-Za-z0-9_-]{43}");
		assertThat(issued.body()).contains("shown this once only");
		// what to hand over with the key: where it works
		assertThat(OfficeHttp.text(issued.body(), "api-key-endpoint")).isEqualTo("/api/v1/url-list");
		assertThat(issued.body()).contains("Authorization: Bearer", "/v3/api-docs");
		assertThat(keys.authenticate(secret)).isPresent();
		ApiKeyView view = keys.keysOf(id).get(0);
		assertThat(view.expiresAt()).isEqualTo(LocalDate.parse(inAYear).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());

		HttpResponse<String> later = admin.get(path);
		assertThat(later.body()).doesNotContain(secret).doesNotContain(secret.substring(11)).contains("oh_" + secret.substring(3, 11) + "…");

		HttpResponse<String> rotated = admin.post(path + "/keys/rotate");
		assertThat(rotated.statusCode()).isEqualTo(200);
		assertThat(rotated.headers().firstValue("Cache-Control")).hasValue("no-store");
		String next = OfficeHttp.text(rotated.body(), "api-key-secret");
		assertThat(next).isNotEqualTo(secret);
		assertThat(rotated.body()).contains("168 hours");
		assertThat(keys.authenticate(secret)).isPresent();
		assertThat(keys.authenticate(next)).isPresent();

		HttpResponse<String> revoked = admin.post(path + "/keys/" + view.id() + "/revoke");
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(admin.follow(revoked).body()).contains("Key revoked");
		assertThat(keys.authenticate(secret)).isEmpty();
		assertThat(keys.authenticate(next)).isPresent();
		assertThat(admin.get(path).body()).doesNotContain(next);
	}

	@Test
	void aKeyIsIssuedForTheScopesTicked() {
		OfficeHttp admin = admin();
		String name = unique("Reporting platform");
		admin.get("/office/organisations/new");
		admin.post("/office/organisations/new", "name", name, "kind", "PLATFORM", "country", "", "contactName", "",
				"contactEmail", "", "level", "HASHES");
		String path = "/office/organisations/" + byName(name).id();
		assertThat(admin.get(path).body()).contains("name=\"scope\" value=\"reports\"", "Sending reports");

		HttpResponse<String> issued = admin.post(path + "/keys", "expiresAt", "", "scope", "reports");
		String reports = OfficeHttp.text(issued.body(), "api-key-secret");
		assertThat(OfficeHttp.text(issued.body(), "api-key-reports-endpoint")).isEqualTo("/api/v1/reports");
		assertThat(issued.body()).doesNotContain("id=\"api-key-endpoint\"");
		assertThat(keys.authenticate(reports)).hasValueSatisfying(c -> assertThat(c.scopes()).containsExactly(ApiScope.REPORTS));
		admin.get(path);
		String both = OfficeHttp.text(admin.post(path + "/keys", "expiresAt", "", "scope", "url-list", "scope", "reports").body(),
				"api-key-secret");
		assertThat(keys.authenticate(both)).hasValueSatisfying(c -> assertThat(c.scopes()).containsExactlyInAnyOrder(ApiScope.REPORTS, ApiScope.URL_LIST));
		assertThat(admin.get(path).body()).contains("<td dir=\"ltr\" class=\"scopes\">reports</td>",
				"<td dir=\"ltr\" class=\"scopes\">reports, url-list</td>");
		// a partner hotline's key: where it sends its referrals, and where it finds our public key
		admin.get(path);
		HttpResponse<String> exchange = admin.post(path + "/keys", "expiresAt", "", "scope", "exchange");
		assertThat(OfficeHttp.text(exchange.body(), "api-key-exchange-endpoint")).isEqualTo("/api/v1/exchange/referrals");
		assertThat(exchange.body()).contains("/api/v1/exchange/signing-key").doesNotContain("id=\"api-key-reports-endpoint\"");
	}

	@Test
	void thePagesSpeakFrenchAndArabicAndAreForAdministratorsOnly() {
		OfficeHttp admin = admin();
		String name = unique("Moteur");
		admin.get("/office/organisations/new");
		admin.post("/office/organisations/new", "name", name, "kind", "SEARCH_ENGINE", "country", "FR", "contactName", "",
				"contactEmail", "", "level", "URLS");
		String path = "/office/organisations/" + byName(name).id();
		assertThat(admin.get(path, "fr").body()).contains("lang=\"fr\"", "Clés d’API", "Moteur de recherche");
		assertThat(admin.get(path, "ar").body()).contains("lang=\"ar\"", "dir=\"rtl\"", "مفاتيح واجهة البرمجة");
		assertThat(admin.get("/office/organisations", "fr").body()).contains("Organisations qui utilisent les API");

		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Awa Analyst", administration, enrolment, clock);
		assertThat(analyst.get("/office").body()).doesNotContain("href=\"/office/organisations\"");
		assertThat(analyst.get("/office/organisations").statusCode()).isEqualTo(403);
		assertThat(analyst.get(path).statusCode()).isEqualTo(403);
	}

	@Test
	void oneOrganisationsPagesReachNoKeyOfAnotherAndAFormWithoutItsTokenChangesNothing() {
		OrganisationId a = organisations.create(new NewOrganisation(unique("Telco A"),
				OrganisationKind.ISP, "ML", "", "", ListLevel.URLS), "admin-test");
		OrganisationId b = organisations.create(new NewOrganisation(unique("Telco B"),
				OrganisationKind.ISP, "ML", "", "", ListLevel.URLS), "admin-test");
		String secretA = keys.issue(a, EnumSet.of(ApiScope.URL_LIST), null,
				"admin-test").secret();
		String secretB = keys.issue(b, EnumSet.of(ApiScope.URL_LIST), null,
				"admin-test").secret();
		UUID keyA = keys.keysOf(a).get(0).id();
		UUID keyB = keys.keysOf(b).get(0).id();
		OfficeHttp admin = admin();
		admin.get("/office/organisations/" + a);

		// B's key through A's address: refused, B's key still works
		HttpResponse<String> across = admin.post("/office/organisations/" + a + "/keys/" + keyB + "/revoke");
		assertThat(across.statusCode()).isEqualTo(302);
		assertThat(keys.authenticate(secretB)).isPresent();
		assertThat(keys.keysOf(b)).singleElement().satisfies(k -> assertThat(k.revokedAt()).isNull());

		// a cross-site form (no token of the session): nothing is revoked, issued or rotated
		assertThat(admin.postStale("/office/organisations/" + a + "/keys/" + keyA + "/revoke").statusCode()).isEqualTo(403);
		assertThat(admin.postStale("/office/organisations/" + a + "/keys").statusCode()).isEqualTo(403);
		assertThat(admin.postStale("/office/organisations/" + a + "/keys/rotate").statusCode()).isEqualTo(403);
		assertThat(keys.authenticate(secretA)).isPresent();
		assertThat(keys.keysOf(a)).singleElement().satisfies(k -> assertThat(k.expiresAt()).isNull());
	}

	private OrganisationView byName(String name) {
		return organisations.all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
	}
}
