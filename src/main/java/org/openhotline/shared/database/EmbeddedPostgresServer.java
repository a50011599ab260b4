package org.openhotline.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per JVM: the application starts it once, and every test context
 * of a test run shares it (a new context reuses the running server).
 */
final class EmbeddedPostgresServer {

	private static @Nullable EmbeddedPostgresServer running;

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static synchronized EmbeddedPostgresServer start(@Nullable Path dataDirectory, int port) {
		if (running != null) {
			return running;
		}
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("synchronous_commit", "on")
				// a busy 2-core machine can take longer than the 10 s default for a first initdb
				.setPGStartupWait(java.time.Duration.ofSeconds(60));
			if (port > 0) {
				builder.setPort(port);
			}
			if (dataDirectory != null) {
				builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
			}
			EmbeddedPostgres postgres = builder.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
			// stopped after every application context of the JVM has closed, never under one
			SpringApplication.getShutdownHandlers().add(server::close);
			running = server;
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The embedded PostgreSQL did not start", ex);
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	private void close() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// the JVM is stopping; nothing is left to clean up
		}
	}
}
