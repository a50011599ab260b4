package org.openhotline.shared.web;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response, set first thing so that pages refused before
 * any other filter (413, 429) and error pages carry them too: a Content Security Policy
 * that allows nothing from another origin and no script at all, no referrer, no framing.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	/** The back office may run this site's own script (copy buttons), nothing else. */
	static final String OFFICE_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		response.setHeader("Content-Security-Policy",
				path.equals("/office") || path.startsWith("/office/") ? OFFICE_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Permissions-Policy",
				"camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		}
		if (!path.startsWith("/css/") && !path.startsWith("/js/")) {
			// pages may hold a receipt code or what a reporter typed: never stored by a cache
			response.setHeader("Cache-Control", "no-store");
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}
}
