package org.openhotline.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.tracing.HostingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The accounts page over real HTTP: a refused new account keeps what was typed and chosen. */
class AccountsAdminPagesTests extends HostingFixtures {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Test
	void aRefusedNewAccountKeepsWhatWasTypedWithTheErrorBesideTheField() {
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Adama Admin", administration, enrolment, CLOCK);
		String taken = "taken-" + UUID.randomUUID().toString().substring(0, 8);
		admin.get("/office/admin/accounts");
		admin.post("/office/admin/accounts", "username", taken, "displayName", "First Person", "role", "ANALYST", "portals", "");

		admin.get("/office/admin/accounts");
		HttpResponse<String> refused = admin.post("/office/admin/accounts", "username", taken, "displayName",
				"Second Person", "role", "SUPERVISOR", "portals", "");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("This user name is taken", "id=\"username-error\"",
				"value=\"" + taken + "\"", "value=\"Second Person\"", "value=\"SUPERVISOR\" selected");

		admin.get("/office/admin/accounts", "fr");
		HttpResponse<String> bad = admin.post("/office/admin/accounts", "username", "Not Valid!", "displayName",
				"Partner Person", "role", "PORTAL_PARTNER", "portals", "ml");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("id=\"username-error\"", "value=\"Not Valid!\"", "value=\"Partner Person\"",
				"value=\"PORTAL_PARTNER\" selected", "value=\"ml\"");
	}

	@Test
	void aStepSentWithAStaleFormIsRefusedInTheOfficeLayoutWithTheWayBackToTheOffice() {
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Adama Admin", administration, enrolment, CLOCK);
		admin.get("/office/admin/accounts");
		HttpResponse<String> refused = admin.postStale("/office/admin/accounts", "username", "stale-form", "displayName",
				"Stale Form", "role", "ANALYST", "portals", "");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("action=\"/office/sign-out\"", "Adama Admin");
		String main = refused.body().substring(refused.body().indexOf("<main"));
		assertThat(main).contains("href=\"/office\"").doesNotContain("href=\"/\"");
	}
}
