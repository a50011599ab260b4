package org.openhotline.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The public side: no session, no cookie, no CSRF token in a session (the report form
 * carries its own signed token), a strict Content Security Policy that allows nothing
 * from any other origin, and deny-by-default for every path not listed.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	@Bean
	@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain publicPages(HttpSecurity http,
			@Value("${openhotline.bench.enabled:false}") boolean benchEnabled) throws Exception {
		http.securityMatcher("/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/bench/insert")
				.access((authentication, context) -> new AuthorizationDecision(benchEnabled))
				.requestMatchers("/", "/css/**", "/js/**", "/favicon.ico", "/robots.txt", "/error", "/actuator/health",
						"/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.denyAll()
				.requestMatchers(PublicPaths.PORTAL, PublicPaths.PORTAL + "/partners/{file}", PublicPaths.PAGE,
						PublicPaths.PAGE + "/report", PublicPaths.PAGE + "/about", PublicPaths.PAGE + "/status")
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.securityContext(context -> context.requireExplicitSave(true))
			.csrf(csrf -> csrf.disable())
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable())
			.servletApi(servletApi -> servletApi.disable())
			// headers are written by SecurityHeadersFilter, for every response including error pages
			.headers(headers -> headers.disable());
		return http.build();
	}
}
