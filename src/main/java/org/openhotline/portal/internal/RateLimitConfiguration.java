package org.openhotline.shared.ratelimit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	AnonymousRateLimiter anonymousRateLimiter(RateLimitProperties properties, ObjectProvider<LivePortals> livePortals) {
		// looked up on each post: the portal module may start after this filter, or (in a
		// test of other modules alone) not at all, and then every slug is counted
		return new AnonymousRateLimiter(properties,
				slug -> livePortals.getIfAvailable(() -> any -> true).isLive(slug));
	}

	@Bean
	FilterRegistrationBean<AnonymousRateLimiter> anonymousRateLimiterRegistration(AnonymousRateLimiter limiter) {
		FilterRegistrationBean<AnonymousRateLimiter> registration = new FilterRegistrationBean<>(limiter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}
}
