package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reporter's address, browser and referrer are stored and logged nowhere: a report is
 * sent with sentinel values (the address also in X-Forwarded-For, trusted here as behind
 * a proxy), including a request that fails and one refused as too large, then the logs
 * and a dump of every row of every table are searched for them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native",
				"server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1" })
@ExtendWith(OutputCaptureExtension.class)
class AnonymityTests {

	static final String SENTINEL_ADDRESS = "203.0.113.201";

	static final String SENTINEL_AGENT = "SentinelBrowser/7.3 (zz-sentinel-agent)";

	static final String SENTINEL_REFERER = "https://referer-sentinel.example/page";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noReporterAddressUserAgentOrRefererIsStoredOrLogged(CapturedOutput output) throws IOException {
		PortalHttp http = new PortalHttp(port, Map.of("X-Forwarded-For", SENTINEL_ADDRESS, "User-Agent", SENTINEL_AGENT,
				"Referer", SENTINEL_REFERER));
		String token = http.freshToken("ml", "fr");
		List<String[]> report = PortalHttp.validReport(token, "https://example.com/" + UUID.randomUUID());
		report.add(new String[] { "contact", "anon@example.com" });
		report.add(new String[] { "consent", "true" });

		HttpResponse<String> confirmation = http.post("/ml/fr/report", report);
		http.post("/ml/fr/report", report);
		http.post("/ml/fr/report", "token=" + "x".repeat(300 * 1024));
		http.post("/ml/fr/report", "token=bad&url=javascript:alert(1)");
		http.post("/ml/fr/status", "code=" + PortalHttp.text(confirmation.body(), "receipt-code"));
		http.get("/no/such/page");

		assertThat(confirmation.statusCode()).isEqualTo(200);
		String logs = output.getAll() + readLogFile();
		String dump = dumpDatabase();
		assertThat(dump).contains(PortalHttp.text(confirmation.body(), "reference"));
		for (String sentinel : List.of(SENTINEL_ADDRESS, "zz-sentinel-agent", "referer-sentinel")) {
			assertThat(logs).as("logs").doesNotContain(sentinel);
			assertThat(dump).as("database").doesNotContain(sentinel);
		}
		assertThat(dump).as("database").doesNotContain("127.0.0.1");
	}

	/** Every row of every table of the application's schema, as text. */
	private String dumpDatabase() {
		StringBuilder dump = new StringBuilder();
		List<String> tables = jdbc.sql("""
				SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
				WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'
				""").query(String.class).list();
		assertThat(tables).contains("public.report", "public.reported_item", "public.case_file");
		for (String table : tables) {
			jdbc.sql("SELECT t::text FROM " + table + " t").query(String.class).list().forEach(dump::append);
		}
		return dump.toString();
	}

	private static String readLogFile() throws IOException {
		Path file = Path.of("target/test-logs/openhotline.log");
		return Files.exists(file) ? Files.readString(file) : "";
	}
}
