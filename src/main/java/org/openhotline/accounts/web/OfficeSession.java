package org.openhotline.accounts.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openhotline.accounts.AccountId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** What the back office keeps in a session between the steps of a sign-in, and when it began. */
final class OfficeSession {

	static final String PASSWORD_ACCEPTED = "openhotline.password-accepted";

	static final String ENROLMENT_SECRET = "openhotline.enrolment-secret";

	static final String SIGNED_IN_AT = "openhotline.signed-in-at";

	static final String LAST_SEEN = "openhotline.last-seen";

	private OfficeSession() {
	}

	/** A fresh session id for a session whose privileges change (fixation defence). */
	static HttpSession renew(HttpServletRequest request) {
		HttpSession session = request.getSession(true);
		request.changeSessionId();
		return session;
	}

	static @Nullable AccountId passwordAccepted(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : (AccountId) session.getAttribute(PASSWORD_ACCEPTED);
	}

	static void signedIn(HttpSession session, Instant now) {
		session.removeAttribute(PASSWORD_ACCEPTED);
		session.removeAttribute(ENROLMENT_SECRET);
		session.setAttribute(SIGNED_IN_AT, now);
		session.setAttribute(LAST_SEEN, now);
	}
}
