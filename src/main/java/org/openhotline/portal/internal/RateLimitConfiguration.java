package org.openhotline.portal.internal;

import org.openhotline.portal.Portals;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	/** Counters are kept for live portals only. */
	@Bean
	AnonymousRateLimiter anonymousRateLimiter(RateLimitProperties properties, Portals portals) {
		return new AnonymousRateLimiter(properties, slug -> portals.findLive(slug).isPresent());
	}

	@Bean
	FilterRegistrationBean<AnonymousRateLimiter> anonymousRateLimiterRegistration(AnonymousRateLimiter limiter) {
		FilterRegistrationBean<AnonymousRateLimiter> registration = new FilterRegistrationBean<>(limiter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}
}
