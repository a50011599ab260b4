package org.openhotline.shared.ratelimit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	AnonymousRateLimiter anonymousRateLimiter(RateLimitProperties properties) {
		return new AnonymousRateLimiter(properties);
	}

	@Bean
	FilterRegistrationBean<AnonymousRateLimiter> anonymousRateLimiterRegistration(AnonymousRateLimiter limiter) {
		FilterRegistrationBean<AnonymousRateLimiter> registration = new FilterRegistrationBean<>(limiter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}
}
