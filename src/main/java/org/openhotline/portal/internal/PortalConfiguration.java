package org.openhotline.portal.internal;

import org.openhotline.shared.web.ReadyLine;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

	@Bean
	MessageSource messageSource() {
		return new PortalMessageSource();
	}

	@Bean
	ReadyLine portalAddresses() {
		return port -> "Public portals: http://localhost:%d/   (the Mali portal: http://localhost:%d/ml)".formatted(port,
				port);
	}
}
