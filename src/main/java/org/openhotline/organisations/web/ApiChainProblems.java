package org.openhotline.organisations.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The refusals of the /api/** chain as {@code application/problem+json} (RFC 9457). */
final class ApiChainProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** Set by the key filter when a key was presented and refused, for the 401's wording. */
	static final String REFUSED_KEY = ApiChainProblems.class.getName() + ".refusedKey";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		boolean refused = request.getAttribute(REFUSED_KEY) != null;
		// RFC 6750: error="invalid_token" only when a token was presented
		response.setHeader("WWW-Authenticate", refused ? "Bearer error=\"invalid_token\"" : "Bearer");
		write(response, 401, "about:blank", "Unauthorized",
				refused ? "The API key is unknown, expired or revoked, or its organisation is inactive."
						: "Send an API key: Authorization: Bearer <key>.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(response, 403, "about:blank", "Forbidden", "This API key may not make this request.");
	}

	static void tooManyRequests(HttpServletResponse response, long retryAfterSeconds) throws IOException {
		response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
		write(response, 429, "https://openhotline.org/problems/rate-limited", "Too Many Requests",
				"This organisation's requests are over its rate limit; retry after " + retryAfterSeconds + " s.");
	}

	/** Fixed wording only: nothing of the request goes into the answer, so nothing needs escaping. */
	static void write(HttpServletResponse response, int status, String type, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
					+ "\"}");
	}
}
