package org.openhotline.organisations.web;

import java.time.Clock;

import org.openhotline.organisations.ApiKeys;
import org.openhotline.organisations.OrganisationsProperties;
import org.openhotline.shared.web.StatelessChains;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The APIs under {@code /api}: an organisation's API key as a bearer token, no session, no
 * cookie, no CSRF (nothing a browser sends on its own authenticates here), refusals as
 * problem JSON. The signing keys of the URL list are open, so anyone can verify a copy, and so
 * is the exchange's public key, which partner hotlines configure.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, ApiKeys keys, OrganisationsProperties properties, Clock clock)
			throws Exception {
		ApiChainProblems problems = new ApiChainProblems();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/url-list/signing-keys", "/api/v1/exchange/signing-key")
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new ApiKeyFilter(keys, properties.apiRateLimit(), properties.refusedKeysPerSecond(), clock), AuthorizationFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable());
		return StatelessChains.stateless(http).build();
	}
}
