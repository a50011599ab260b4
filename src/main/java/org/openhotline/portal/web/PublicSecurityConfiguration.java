package org.openhotline.portal.web;

import org.openhotline.shared.web.StatelessChains;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The public portal pages: open to anyone, with no session and no cookie (the report form
 * carries its own signed token). Every other path is left to the shared chain, which
 * denies what it does not know.
 */
@Configuration(proxyBeanMethods = false)
class PublicSecurityConfiguration {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE - 1)
	SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher pages = new OrRequestMatcher(paths.matcher("/"), paths.matcher(PublicPaths.PORTAL),
				paths.matcher(PublicPaths.PORTAL + "/partners/{file}"), paths.matcher(PublicPaths.PAGE),
				paths.matcher(PublicPaths.PAGE + "/report"), paths.matcher(PublicPaths.PAGE + "/about"),
				paths.matcher(PublicPaths.PAGE + "/status"), paths.matcher(PublicPaths.PAGE + "/figures"),
				paths.matcher(PublicPaths.PAGE + "/poster"), paths.matcher(PublicPaths.PAGE + "/share"));
		// "/actuator/env" has the shape of a page address; it stays denied
		http.securityMatcher(new AndRequestMatcher(new NegatedRequestMatcher(paths.matcher("/actuator/**")), pages))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
		return StatelessChains.stateless(http).build();
	}
}
