package org.openhotline.accounts;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * For tests of other modules' back-office pages: an account of a role, enrolled, signed in
 * over HTTP, as a person would be after the first sign-in.
 */
public final class StaffSignIn {

	public static final String PASSWORD = "lantern cobalt mango rivet";

	private StaffSignIn() {
	}

	/** A new account of the role, with its authenticator enrolled; returns the signed-in browser. */
	public static OfficeHttp signedIn(int port, Role role, String displayName, AccountAdministration administration,
			Enrolment enrolment, Clock clock) {
		return signedIn(port, role, displayName, role == Role.PORTAL_PARTNER ? List.of("ml") : List.of(), administration,
				enrolment, clock);
	}

	/** The same, for a portal partner of these portals. */
	public static OfficeHttp signedIn(int port, Role role, String displayName, List<String> portals,
			AccountAdministration administration, Enrolment enrolment, Clock clock) {
		String username = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create("test",
				new AccountAdministration.NewAccount(username, displayName, role, portals));
		administration.setPassword(created.setupCode(), PASSWORD);
		OfficeHttp browser = new OfficeHttp(port);
		browser.get("/office/sign-in");
		HttpResponse<String> afterPassword = browser.post("/office/sign-in", "username", username, "password", PASSWORD);
		if (afterPassword.statusCode() != 302) {
			throw new AssertionError("password refused: " + afterPassword.statusCode());
		}
		String page = browser.get("/office/enrol").body();
		AuthenticatorApp app = AuthenticatorApp.withKey(OfficeHttp.text(page, "secret"));
		HttpResponse<String> enrolled = browser.post("/office/enrol", "code", app.codeAt(clock.instant()));
		if (enrolled.statusCode() != 200 || !enrolled.body().contains("id=\"recovery-codes\"")) {
			throw new AssertionError("enrolment refused: " + enrolled.statusCode());
		}
		return browser;
	}
}
