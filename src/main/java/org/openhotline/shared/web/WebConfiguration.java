package org.openhotline.shared.web;

import java.time.Clock;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.DispatcherType;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	LocaleResolver localeResolver(ShippedLanguages languages) {
		return new PathLocaleResolver(languages.all());
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		// after Spring's ForwardedHeaderFilter (forward-headers-strategy=framework), so that
		// isSecure() already tells an HTTPS request that came through a proxy
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(WebProperties properties,
			ObjectProvider<MultipartUpload> uploads) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(properties.maxRequestSize().toBytes(), uploads.orderedStream().toList()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** What Tomcat refuses before the application sees it, under /api/, as a problem document too. */
	@Bean
	TomcatContextCustomizer apiErrorReportValve() {
		return context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
			}
		};
	}

	/** On the error dispatch only, before the security chains: the API's errors as problem documents. */
	@Bean
	FilterRegistrationBean<ApiErrorProblems> apiErrorProblems(WebProperties properties) {
		FilterRegistrationBean<ApiErrorProblems> registration = new FilterRegistrationBean<>(
				new ApiErrorProblems(properties.maxRequestSize().toKilobytes() + " KB"));
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
		return registration;
	}
}
