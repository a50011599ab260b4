package org.openhotline.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The public side: no session, no cookie, no CSRF token in a session (the report form
 * carries its own signed token), a strict Content Security Policy that allows nothing
 * from any other origin, and deny-by-default for every path not listed.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@Bean
	SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
		http.securityMatcher("/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/css/**", "/favicon.ico", "/robots.txt", "/error", "/actuator/health",
						"/actuator/health/**")
				.permitAll()
				.requestMatchers("/{slug}", "/{slug}/partners/{file}", "/{slug}/{lang}", "/{slug}/{lang}/report",
						"/{slug}/{lang}/about", "/{slug}/{lang}/status")
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.securityContext(context -> context.requireExplicitSave(true))
			.csrf(csrf -> csrf.disable())
			.anonymous(anonymous -> anonymous.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions(frame -> frame.deny())
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()"))
				.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
				.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin")));
		return http.build();
	}
}
