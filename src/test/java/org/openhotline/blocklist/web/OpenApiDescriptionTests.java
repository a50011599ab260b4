package org.openhotline.blocklist.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openhotline.intake.url.CanonicalizationResult;
import org.openhotline.intake.url.PublicSuffixList;
import org.openhotline.intake.url.UrlCanonicalizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description is served without a key, is valid OpenAPI 3 (read by the
 * swagger-parser, another implementation than the one that wrote it), and describes the URL
 * list's endpoints with the Bearer key they need; its example report is one the API takes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDescriptionTests {

	@LocalServerPort
	int port;

	@Test
	void theDescriptionIsValidAndNamesEveryEndpointOfTheList() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);

		SwaggerParseResult parsed = new OpenAPIParser().readContents(response.body(), null, null);
		assertThat(parsed.getMessages()).as("validation messages").isEmpty();
		OpenAPI api = parsed.getOpenAPI();
		assertThat(api.getOpenapi()).startsWith("3.");
		assertThat(api.getPaths()).containsKeys("/api/v1/url-list", "/api/v1/url-list/changes",
				"/api/v1/url-list/lookup", "/api/v1/url-list/signing-keys");
		assertThat(api.getPaths()).containsKeys("/api/v1/reports", "/api/v1/reports/{reference}");
		assertThat(api.getPaths().get("/api/v1/reports").getPost().getRequestBody().getContent()
			.get("application/json").getExamples()).isNotEmpty();
		// the example is a report the API takes as it runs in production (the tests take the
		// documentation ranges as public; an installation does not)
		UrlCanonicalizer production = new UrlCanonicalizer(PublicSuffixList.bundled(), false);
		JsonNode examples = JsonMapper.builder().build().readTree(response.body())
			.at("/paths/~1api~1v1~1reports/post/requestBody/content/application~1json/examples");
		assertThat(examples.isEmpty()).isFalse();
		for (JsonNode example : examples) {
			assertThat(example.at("/value/addresses").valueStream().map(a -> production.canonicalize(a.asString())))
				.as("the example's addresses").isNotEmpty().allMatch(CanonicalizationResult.Accepted.class::isInstance);
		}
		assertThat(api.getPaths().get("/api/v1/reports").getPost().getResponses().get("422").getContent()
			.get("application/problem+json").getExample()).isNotNull();
		assertThat(api.getPaths().get("/api/v1/reports").getPost().getResponses().get("201").getContent()
			.get("application/json").getExample()).isNotNull();
		assertThat(api.getPaths().get("/api/v1/reports/{reference}").getGet().getSecurity()).isNotEmpty();
		assertThat(api.getPaths().keySet()).allMatch(path -> path.startsWith("/api/"));
		// every error answer is described as problem details, the one thing the API answers errors with
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> operation
			.getResponses()
			.forEach((status, answer) -> {
				if (status.startsWith("4") || status.startsWith("5")) {
					assertThat(answer.getContent()).as(status + " of " + method + " " + path).isNotNull();
					assertThat(answer.getContent().keySet()).as(status + " of " + method + " " + path)
						.containsExactly("application/problem+json");
				}
			})));
		assertThat(api.getComponents().getSchemas()).containsKey("Problem");
		// every operation that needs a key says what a missing or wrong key gets
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
				assertThat(operation.getResponses()).as(method + " " + path).containsKey("401");
			}
		}));
		assertThat(api.getComponents().getSecuritySchemes()).containsKey("bearer");
		assertThat(api.getPaths().get("/api/v1/url-list").getGet().getSecurity()).isNotEmpty();
		assertThat(api.getPaths().get("/api/v1/url-list/signing-keys").getGet().getSecurity()).isNullOrEmpty();
		// the hotline exchange: the referral endpoint, with its key, an example and its answers
		var exchange = api.getPaths().get("/api/v1/exchange/referrals").getPost();
		assertThat(exchange.getSecurity()).isNotEmpty();
		assertThat(exchange.getRequestBody().getContent().get("application/json").getExamples()).containsKey("referral");
		assertThat(exchange.getResponses()).containsKeys("202", "401", "403", "422");
		assertThat(api.getPaths().get("/api/v1/exchange/signing-key").getGet().getSecurity()).isNullOrEmpty();
		// and the outcomes a partner reports back of our referrals
		var outcomes = api.getPaths().get("/api/v1/exchange/outcomes").getPost();
		assertThat(outcomes.getSecurity()).isNotEmpty();
		assertThat(outcomes.getRequestBody().getContent().get("application/json").getExamples())
			.containsKeys("assessed", "removed");
		assertThat(outcomes.getResponses()).containsKeys("202", "401", "403", "404", "422");
	}
}
