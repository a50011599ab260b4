package org.openhotline.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The last chain, for every path no module's chain took: the site's own resources, the
 * error page and the health probes are open, everything else is denied by default.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
		http.securityMatcher("/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/css/**", "/js/**", "/favicon.ico", "/robots.txt", "/error", "/actuator/health",
						"/actuator/health/**")
				.permitAll()
				.requestMatchers(org.springframework.http.HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml")
				.permitAll()
				.requestMatchers("/actuator/**")
				.denyAll()
				.anyRequest()
				.denyAll());
		return StatelessChains.stateless(http).build();
	}
}
