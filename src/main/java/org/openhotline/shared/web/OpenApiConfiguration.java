package org.openhotline.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description's title, the one way to authenticate (a Bearer API key), and every
 * error answer described as what it is: {@code application/problem+json} (RFC 9457).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM_JSON = "application/problem+json";

	@Bean
	OpenAPI openHotlineApi() {
		return new OpenAPI()
			.info(new Info().title("OpenHotline partner API")
				.version("v1")
				.description("For members of the URL list (ISPs, platforms, search engines, filtering vendors), "
						+ "platforms and trusted flaggers that send reports, and partner hotlines that exchange "
						+ "referrals. Every call but the signing keys needs `Authorization: Bearer <key>`; errors "
						+ "are application/problem+json (RFC 9457).")
				.license(new License().name("Apache-2.0").identifier("Apache-2.0")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("An API key")));
	}

	/** Each 4xx and 5xx answer of every operation: problem details, whatever the handler produces. */
	@Bean
	OpenApiCustomizer problemAnswers() {
		return api -> {
			api.getComponents().addSchemas("Problem", problemSchema());
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
				if (operation.getResponses() == null) {
					return;
				}
				operation.getResponses().forEach((status, response) -> {
					if (status.startsWith("4") || status.startsWith("5")) {
						asProblem(response);
					}
				});
			}));
		};
	}

	private static void asProblem(ApiResponse response) {
		Map<String, io.swagger.v3.oas.models.examples.Example> examples = new LinkedHashMap<>();
		MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
		if (response.getContent() != null) {
			response.getContent().values().forEach(media -> {
				if (media.getExamples() != null) {
					examples.putAll(media.getExamples());
				}
				if (media.getExample() != null) {
					problem.setExample(media.getExample());
				}
			});
		}
		if (!examples.isEmpty()) {
			problem.setExamples(examples);
		}
		response.setContent(new Content().addMediaType(PROBLEM_JSON, problem));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("Problem details (RFC 9457)")
			.addProperty("type", new StringSchema().description("what kind of problem: a URI"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema().description("what to change, in words"))
			.addProperty("instance", new StringSchema());
	}
}
