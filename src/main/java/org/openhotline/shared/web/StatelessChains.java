package org.openhotline.shared.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * What every chain of the public side has: no session, no cookie, no CSRF token in a
 * session (a form that needs one carries its own signed token), nothing saved for later.
 */
public final class StatelessChains {

	private StatelessChains() {
	}

	public static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.securityContext(context -> context.requireExplicitSave(true))
			.csrf(csrf -> csrf.disable())
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable())
			.servletApi(servletApi -> servletApi.disable())
			// headers are written by SecurityHeadersFilter, for every response including error pages
			.headers(headers -> headers.disable());
	}
}
