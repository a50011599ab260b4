package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Over a real socket, through Tomcat: HSTS on every request that reached the site over
 * HTTPS (through a trusted proxy too) and never over plain HTTP; no multipart body is
 * parsed; a body sent without a length is held to the same size limit.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "openhotline.web.max-request-size=8KB" })
class RequestBodyAndTransportTests {

	private static final String HSTS = "Strict-Transport-Security";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void httpsThroughTheProxyGetsHstsPlainHttpDoesNot() {
		assertHstsOnlyOverHttps(port);
	}

	@Test
	void aMultipartReportIsRefusedUnread() throws Exception {
		PortalHttp http = new PortalHttp(port);
		String url = "https://example.com/" + UUID.randomUUID();
		String boundary = "b" + UUID.randomUUID();
		StringBuilder body = new StringBuilder();
		for (String[] field : PortalHttp.validReport(http.freshToken("ml", "fr"), url)) {
			body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
				.append("\"\r\n\r\n").append(field[1]).append("\r\n");
		}
		body.append("--").append(boundary).append("--\r\n");

		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/ml/fr/report"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());

		assertThat(response.statusCode()).isEqualTo(415);
		ReportPageTests.assertNoStateAndStrictHeaders(response);
		assertThat(storedItems(url)).isZero();
	}

	@Test
	void aBodyWithoutALengthIsHeldToTheSizeLimit() throws Exception {
		String huge = "token=x&description=" + "a".repeat(20 * 1024);

		HttpResponse<String> response = send(chunked("/ml/fr/report", huge));

		assertThat(response.request().headers().firstValue("Content-Length")).isEmpty();
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Trop de données envoyées à la fois");
		ReportPageTests.assertNoStateAndStrictHeaders(response);
	}

	@Test
	void aSmallBodyWithoutALengthStillMakesAReport() throws Exception {
		PortalHttp http = new PortalHttp(port);
		String url = "https://example.com/" + UUID.randomUUID();
		List<String[]> fields = PortalHttp.validReport(http.freshToken("ml", "fr"), url);
		fields.add(new String[] { "description", "chunked é ✓" });

		HttpResponse<String> response = send(chunked("/ml/fr/report?ignored=1", PortalHttp.form(fields)));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"receipt-code\"");
		assertThat(storedItems(url)).isOne();
	}

	/** Behind a proxy that Spring's own filter trusts (framework strategy) instead of Tomcat's valve. */
	@Nested
	@TestPropertySource(properties = "server.forward-headers-strategy=framework")
	class WithSpringsForwardedHeaderFilter {

		@LocalServerPort
		int frameworkPort;

		@Test
		void httpsThroughTheProxyGetsHstsPlainHttpDoesNot() {
			assertHstsOnlyOverHttps(frameworkPort);
		}
	}

	private static void assertHstsOnlyOverHttps(int port) {
		HttpResponse<String> overHttps = new PortalHttp(port, Map.of("X-Forwarded-Proto", "https")).get("/ml/fr");
		HttpResponse<String> overHttp = new PortalHttp(port).get("/ml/fr");
		HttpResponse<String> errorOverHttps = new PortalHttp(port, Map.of("X-Forwarded-Proto", "https"))
			.get("/no-such-portal/fr");

		assertThat(overHttps.statusCode()).isEqualTo(200);
		assertThat(overHttps.headers().firstValue(HSTS)).contains("max-age=31536000; includeSubDomains");
		assertThat(errorOverHttps.headers().firstValue(HSTS)).as("error pages too").isPresent();
		assertThat(overHttp.statusCode()).isEqualTo(200);
		assertThat(overHttp.headers().firstValue(HSTS)).isEmpty();
	}

	private HttpRequest chunked(String path, String body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
			.build();
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private int storedItems(String url) {
		return jdbc.sql("SELECT count(*) FROM reported_item WHERE canonical_url = ?").param(url).query(Integer.class)
			.single();
	}
}
