package org.openhotline.portal;

import org.openhotline.shared.ratelimit.LivePortals;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

	@Bean
	MessageSource messageSource() {
		return new PortalMessageSource();
	}

	/** The rate limiter keeps counters for live portals only. */
	@Bean
	LivePortals livePortals(Portals portals) {
		return slug -> portals.findLive(slug).isPresent();
	}
}
