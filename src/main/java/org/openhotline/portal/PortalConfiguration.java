package org.openhotline.portal;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

	@Bean
	MessageSource messageSource() {
		return new PortalMessageSource();
	}
}
