package org.openhotline.database.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A second node can be pointed at the embedded PostgreSQL: its port can be fixed, and it listens on this machine only. */
class EmbeddedPostgresPortTests {

	@Test
	void theServerListensOnTheFixedPortAndOnLocalhostOnly(@TempDir Path directory) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		String password = DevelopmentSecrets.randomPassword();
		EmbeddedPostgresServer server = EmbeddedPostgresServer.launch(directory.resolve("postgres"), port, false,
				password);
		try {
			server.awaitReady();

			assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
			try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
					"postgres", password)) {
				JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
				assertThat(jdbc.sql("SHOW port").query(String.class).single()).isEqualTo(String.valueOf(port));
				assertThat(jdbc.sql("SHOW listen_addresses").query(String.class).single()).isEqualTo("localhost");
			}
		}
		finally {
			server.close();
		}
	}

	@Test
	void thePortIsTakenFromItsEnvironmentVariableOverTheDefault() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addLast(new MapPropertySource("application.properties", Map.of("openhotline.embedded-database.port", "0")));
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("env", Map.of("OPENHOTLINE_EMBEDDED_DATABASE_PORT", "55432")));

		assertThat(EmbeddedPostgresEnvironmentPostProcessor.port(environment)).isEqualTo(55432);
	}
}
