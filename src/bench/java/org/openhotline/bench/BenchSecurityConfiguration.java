package org.openhotline.bench;

import org.openhotline.shared.web.StatelessChains;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Lets the benchmark post to the bare-insert endpoint and the URL list set-up; every other path keeps its own chain. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("openhotline.bench.enabled")
class BenchSecurityConfiguration {

	@Bean
	@Order(2)
	SecurityFilterChain bench(HttpSecurity http) throws Exception {
		http.securityMatcher("/bench/insert", "/bench/url-list/**").authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
		return StatelessChains.stateless(http).build();
	}
}
