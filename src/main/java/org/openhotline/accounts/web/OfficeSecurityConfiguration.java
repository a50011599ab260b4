package org.openhotline.accounts.web;

import java.time.Clock;

import org.openhotline.accounts.AccountsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The back office under {@code /office}: a session (in PostgreSQL, cookie {@code __Host-…},
 * Secure, HttpOnly, SameSite=Strict; see application.properties) with a CSRF token, sign-in
 * in two steps, and deny by default. Public pages have their own chain without any of it,
 * and share no cookie with this one.
 */
@Configuration(proxyBeanMethods = false)
class OfficeSecurityConfiguration {

	@Bean
	SecurityContextRepository officeSecurityContexts() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	@Order(1)
	SecurityFilterChain office(HttpSecurity http, SecurityContextRepository officeSecurityContexts,
			AccountsProperties properties, Clock clock) throws Exception {
		http.securityMatcher("/office", "/office/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/office/sign-in", "/office/sign-in/code", "/office/enrol", "/office/enrol/retry",
						"/office/setup/*")
				.permitAll()
				.requestMatchers("/office/admin/**", "/office/organisations", "/office/organisations/**", "/office/portals",
						"/office/portals/**")
				.hasRole("ADMINISTRATOR")
				.requestMatchers("/office/cases/*/reassign", "/office/cases/*/settle", "/office/cases/*/reports/*/contact")
				.hasRole("SUPERVISOR")
				.requestMatchers("/office/takedown/figures", "/office/takedown/figures.csv")
				.hasRole("SUPERVISOR")
				.requestMatchers("/office/queue/next", "/office/cases/*/release")
				.hasRole("ANALYST")
				.requestMatchers("/office/queue/duplicates")
				.hasRole("SUPERVISOR")
				.requestMatchers("/office/queue", "/office/cases/*", "/office/cases/*/claim", "/office/cases/*/assess",
						"/office/cases/*/hosting", "/office/cases/*/hosting/correct", "/office/cases/*/trace",
						"/office/cases/*/actions", "/office/cases/*/actions/*", "/office/takedown",
						"/office/takedown/mails/*/retry", "/office/cases/*/url-list", "/office/cases/*/url-list/*",
						"/office/url-list", "/office/url-list/members")
				.hasRole("ANALYST")
				.requestMatchers("/office", "/office/sign-out", "/office/statistics", "/office/statistics.csv")
				.authenticated()
				.anyRequest()
				.denyAll())
			.securityContext(context -> context.securityContextRepository(officeSecurityContexts))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			// before the CSRF check too: a form left open past the time-out goes to the sign-in, and a
			// refused form's error page still knows the person (the office layout, the way back)
			.addFilterBefore(new OfficeSessionLimits(properties.idleTimeout(), properties.absoluteTimeout(), clock),
					CsrfFilter.class)
			.addFilterBefore(new StaffOnRequest(), CsrfFilter.class)
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/office/sign-in")))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			// headers are written by SecurityHeadersFilter, for every response
			.headers(headers -> headers.disable());
		return http.build();
	}
}
