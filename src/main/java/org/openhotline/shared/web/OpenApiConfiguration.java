package org.openhotline.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description's title and the one way to authenticate: a Bearer API key. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI openHotlineApi() {
		return new OpenAPI()
			.info(new Info().title("OpenHotline partner API")
				.version("v1")
				.description("For members of the URL list (ISPs, platforms, search engines, filtering vendors). "
						+ "Every call but the signing keys needs `Authorization: Bearer <key>`; errors are "
						+ "application/problem+json (RFC 9457).")
				.license(new License().name("Apache-2.0").identifier("Apache-2.0")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("An API key")));
	}
}
