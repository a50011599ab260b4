package org.openhotline.takedown.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhotline.shared.web.RefusedForm.assertRefused;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.Organisations;
import org.openhotline.shared.crypto.Ed25519Keys;
import org.openhotline.tracing.HostingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The partner forms refused with several mistakes: every error at once, beside the form, what was typed kept. */
class PartnerFormTests extends HostingFixtures {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Test
	void aNewPartnerWithSeveralMistakesComesBackWithEveryErrorAndWhatWasTyped() {
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Adama Admin", administration, enrolment, CLOCK);
		admin.get("/office/admin/partners");
		String name = "Hotline " + UUID.randomUUID().toString().substring(0, 6);

		HttpResponse<String> refused = admin.post("/office/admin/partners", "kind", "HOTLINE", "name", name, "country",
				"Senegal", "email", "not an address", "languages", "french", "channel", "CARRIER_PIGEON", "note",
				"Call first");

		String form = assertRefused(refused, "country", "email", "languages", "channel");
		assertThat(form).contains("value=\"" + name + "\"", "value=\"Senegal\"", "value=\"not an address\"",
				"value=\"french\"", ">Call first</textarea>", "Enter one email address");
		assertThat(refused.body()).as("the list is still there").contains("Example hotline, France");
		assertThat(jdbc.sql("SELECT count(*) FROM partner_contact WHERE name = ?").param(name).query(Integer.class).single())
			.isZero();
	}

	@Test
	void aChangedPartnerWithSeveralMistakesComesBackWithEveryErrorAndWhatWasTyped() {
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Adama Admin", administration, enrolment, CLOCK);
		admin.get("/office/admin/partners");
		String name = "Hotline " + UUID.randomUUID().toString().substring(0, 6);
		admin.post("/office/admin/partners", "kind", "HOTLINE", "name", name, "country", "SN", "email",
				"reports@hotline-sn.example", "languages", "fr", "channel", "EMAIL", "note", "");
		UUID id = jdbc.sql("SELECT id FROM partner_contact WHERE name = ?").param(name).query(UUID.class).single();
		admin.get("/office/admin/partners/" + id);

		HttpResponse<String> refused = admin.post("/office/admin/partners/" + id, "version", "0", "kind", "HOTLINE",
				"name", "", "country", "", "email", "reports@hotline-sn.example\r\nBcc: x@example.org", "languages", "fr",
				"channel", "WEB_FORM", "note", "x".repeat(1001), "_active", "on");

		String form = assertRefused(refused, "name", "country", "email", "note");
		assertThat(form).contains("value=\"fr\"", "value=\"WEB_FORM\" selected", "x".repeat(1001) + "</textarea>");
		assertThat(form).as("the retired box stays unticked").doesNotContain("checked");
		assertThat(jdbc.sql("SELECT channel FROM partner_contact WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("EMAIL");
	}

	@Test
	void aPartnerHotlineGetsItsExchangeEndpointKeyAndOrganisationAndBadOnesAreRefused() {
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Adama Admin", administration, enrolment, CLOCK);
		admin.get("/office/admin/partners");
		String name = "Hotline " + UUID.randomUUID().toString().substring(0, 6);
		UUID organisation = organisations.create(new NewOrganisation(name, OrganisationKind.HOTLINE, "SN", "Analysts",
				"analysts@hotline-sn.example", ListLevel.HASHES), "test").value();
		String publicKey = Ed25519Keys.base64(Ed25519Keys.privateKey("Y2QFpbjkOTcGAl9d8pcG8lYxmB5n5yy0UoH2Eu+NuCk=")
			.generatePublicKey());

		HttpResponse<String> refused = admin.post("/office/admin/partners", "kind", "HOTLINE", "name", name, "country",
				"SN", "email", "reports@hotline-sn.example", "languages", "fr", "channel", "EMAIL", "note", "",
				"exchangeEndpoint", "http://hotline-sn.example/x", "exchangePublicKey", "not a key",
				"exchangeOrganisation", organisation.toString());
		assertRefused(refused, "exchangeEndpoint", "exchangePublicKey");
		assertThat(refused.body()).contains(">" + name + "</option>");

		admin.post("/office/admin/partners", "kind", "HOTLINE", "name", name, "country", "SN", "email",
				"reports@hotline-sn.example", "languages", "fr", "channel", "EMAIL", "note", "", "exchangeEndpoint",
				"https://hotline-sn.example/api/v1/exchange/referrals", "exchangePublicKey", publicKey,
				"exchangeOrganisation", organisation.toString());
		UUID id = jdbc.sql("SELECT id FROM partner_contact WHERE name = ?").param(name).query(UUID.class).single();
		assertThat(jdbc.sql("SELECT exchange_endpoint || ' ' || exchange_public_key || ' ' || exchange_organisation FROM partner_contact WHERE id = ?")
			.param(id).query(String.class).single())
			.isEqualTo("https://hotline-sn.example/api/v1/exchange/referrals " + publicKey + " " + organisation);
		String page = admin.get("/office/admin/partners/" + id).body().replaceAll("\\s+", " ");
		assertThat(page).contains("value=\"https://hotline-sn.example/api/v1/exchange/referrals\"",
				"value=\"" + publicKey + "\"", "value=\"" + organisation + "\" selected");
		// the list says how referrals reach it: by the exchange, not by its preferred e-mail
		String list = admin.get("/office/admin/partners").body();
		String row = list.substring(list.indexOf(">" + name + "</a>"));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Hotline exchange").doesNotContain(">Email<");
	}
}
