package org.openhotline.intake.internal;

import org.openhotline.intake.url.PublicSuffixList;
import org.openhotline.intake.url.UrlCanonicalizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	@Bean
	UrlCanonicalizer urlCanonicalizer(IntakeProperties properties) {
		return new UrlCanonicalizer(PublicSuffixList.bundled(), properties.documentationAddressesAllowed());
	}
}
