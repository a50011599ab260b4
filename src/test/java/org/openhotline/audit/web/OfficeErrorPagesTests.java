package org.openhotline.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.audit.ActorNames;
import org.openhotline.tracing.HostingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A back-office page that fails (500) is shown in the office layout, with the person's menu and
 * the way back into the office; a visitor who is not signed in gets the public layout, without
 * any of the office's menu. The failure is provoked by a part of the audit page that throws.
 */
class OfficeErrorPagesTests extends HostingFixtures {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@MockitoBean
	ActorNames names;

	@Test
	void aServerErrorOfAnOfficePageIsInTheOfficeLayoutAndLeadsBackToTheOffice() {
		when(names.displayNames(any())).thenThrow(new IllegalStateException("a failure made by the test"));
		OfficeHttp admin = StaffSignIn.signedIn(port, Role.ADMINISTRATOR, "Erin Error", administration, enrolment, CLOCK);

		HttpResponse<String> failed = admin.getHtml("/office/admin/audit");

		assertThat(failed.statusCode()).isEqualTo(500);
		String body = failed.body();
		assertThat(body).contains("class=\"office\"", "action=\"/office/sign-out\"", "Erin Error", "href=\"/office/admin/audit\"",
				"Something went wrong").doesNotContain("a failure made by the test", "IllegalStateException");
		String main = body.substring(body.indexOf("<main"));
		assertThat(main).contains("href=\"/office\"").doesNotContain("href=\"/\"");
	}

	@Test
	void aVisitorWhoIsNotSignedInGetsThePublicLayoutWithoutTheOfficeMenu() {
		OfficeHttp visitor = new OfficeHttp(port);
		visitor.get("/office/sign-in");

		HttpResponse<String> refused = visitor.postStale("/office/sign-in", "username", "someone", "password", "x");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain("class=\"office\"", "/office/sign-out", "/office/queue",
				"/office/admin");
		String main = refused.body().substring(refused.body().indexOf("<main"));
		assertThat(main).contains("href=\"/\"").doesNotContain("href=\"/office\"");
	}
}
