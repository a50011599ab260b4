package org.openhotline.accounts.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a signed-in session after the idle time-out, and after the absolute time-out whatever
 * the activity, on the application's clock (so that tests can move it). The store's own
 * expiry (the same idle time-out) removes sessions nobody comes back to.
 */
class OfficeSessionLimits extends OncePerRequestFilter {

	private final Duration idle;

	private final Duration absolute;

	private final Clock clock;

	OfficeSessionLimits(Duration idle, Duration absolute, Clock clock) {
		this.idle = idle;
		this.absolute = absolute;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(OfficeSession.SIGNED_IN_AT) instanceof Instant signedInAt) {
			Instant now = clock.instant();
			Instant lastSeen = session.getAttribute(OfficeSession.LAST_SEEN) instanceof Instant seen ? seen : signedInAt;
			if (now.isAfter(signedInAt.plus(absolute)) || now.isAfter(lastSeen.plus(idle))) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/office/sign-in?notice=expired");
				return;
			}
			session.setAttribute(OfficeSession.LAST_SEEN, now);
		}
		chain.doFilter(request, response);
	}
}
