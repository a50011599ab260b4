package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openhotline.database.internal.TcpProxy;
import org.openhotline.database.internal.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the database unreachable the page says the report was not received (never a false
 * thank-you) and keeps what was typed; when the database is back, the same form goes
 * through, once, without restarting anything.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.connection-timeout=1000", "spring.datasource.hikari.maximum-pool-size=4" })
class DatabaseDownTests {

	static TcpProxy proxy;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void throughProxy(DynamicPropertyRegistry registry) throws IOException {
		String direct = TestDatabase.embeddedJdbcUrl();
		URI uri = URI.create(direct.substring("jdbc:".length()));
		proxy = new TcpProxy(uri.getPort());
		registry.add("spring.datasource.url", () -> direct.replace(":" + uri.getPort() + "/", ":" + proxy.port() + "/"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", TestDatabase::embeddedPassword);
	}

	@AfterAll
	static void closeProxy() throws IOException {
		proxy.close();
	}

	@Test
	void noFalseThankYouWhileTheDatabaseIsDownAndRecoveryWithoutRestart() throws InterruptedException {
		PortalHttp http = new PortalHttp(port);
		String url = "https://example.com/" + UUID.randomUUID();
		List<String[]> report = PortalHttp.validReport(http.freshToken("ml", "fr"), url);
		report.add(new String[] { "description", "gardé pendant la panne" });

		proxy.cut();
		HttpResponse<String> whileDown = http.post("/ml/fr/report", report);
		proxy.restore();

		assertThat(whileDown.statusCode()).isEqualTo(503);
		assertThat(PortalHttp.readable(whileDown)).contains("Votre signalement n'a PAS été reçu")
			.doesNotContain("Merci")
			.contains("gardé pendant la panne", url);

		HttpResponse<String> afterRecovery = retryUntilReceived(http, report);
		assertThat(afterRecovery.statusCode()).isEqualTo(200);
		assertThat(afterRecovery.body()).contains("Merci. Votre signalement a bien été reçu.");
		HttpResponse<String> replay = http.post("/ml/fr/report", report);
		assertThat(PortalHttp.text(replay.body(), "reference"))
			.isEqualTo(PortalHttp.text(afterRecovery.body(), "reference"));
		assertThat(jdbc.sql("SELECT count(*) FROM reported_item WHERE canonical_url = ?")
			.param(url)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void otherPagesSayTheServiceIsUnavailable() {
		PortalHttp http = new PortalHttp(port);
		proxy.cut();
		try {
			HttpResponse<String> status = http.post("/ml/en/status", "code=1234567812345678");
			assertThat(status.statusCode()).isEqualTo(503);
			assertThat(status.body()).contains("Service unavailable");
		}
		finally {
			proxy.restore();
		}
	}

	/** The pool notices the database is back on its own; a person would press "send" again. */
	private static HttpResponse<String> retryUntilReceived(PortalHttp http, List<String[]> report)
			throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		HttpResponse<String> response = http.post("/ml/fr/report", report);
		while (response.statusCode() == 503 && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			response = http.post("/ml/fr/report", report);
		}
		return response;
	}
}
