package org.openhotline.database.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
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
 * <p>
 * Connections need the password ({@code scram-sha-256}, also over the local socket): no
 * other local user gets in. A server an earlier run left on the data directory is stopped
 * first ({@link LeftoverPostmaster}).
 */
final class EmbeddedPostgresServer {

	private static @Nullable EmbeddedPostgresServer running;

	private final int port;

	private final String password;

	private final CompletableFuture<EmbeddedPostgres> postgres;

	private EmbeddedPostgresServer(int port, String password, CompletableFuture<EmbeddedPostgres> postgres) {
		this.port = port;
		this.password = password;
		this.postgres = postgres;
	}

	/**
	 * @param durable whether commits reach the disk ({@code fsync}); the embedded server's own
	 * default is off, which a test run may keep but data meant to survive a crash may not
	 * @param password of the superuser {@code postgres}, set when the directory is initialised
	 * (and on the first start of a directory initialised before passwords were required)
	 */
	static synchronized EmbeddedPostgresServer start(@Nullable Path dataDirectory, int port, boolean durable,
			String password) {
		if (running != null) {
			return running;
		}
		EmbeddedPostgresServer server = launch(dataDirectory, port, durable, password);
		// stopped after every application context of the JVM has closed, never under one
		SpringApplication.getShutdownHandlers().add(server::close);
		running = server;
		return server;
	}

	/** A server of its own, not the JVM's shared one: for a test that needs its own port; {@link #close()} stops it. */
	static EmbeddedPostgresServer launch(@Nullable Path dataDirectory, int port, boolean durable, String password) {
		int chosenPort = port > 0 ? port : freePort();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(chosenPort)
			// PostgreSQL's default, said here because a fixed port invites a second node: one on this machine
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("max_connections", "300")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", durable ? "on" : "off")
			// stopped by the application after its contexts have closed (below), not by a hook racing them
			.setRegisterShutdownHook(false)
			// a busy 2-core machine can take longer than the 10 s default for a first initdb
			.setPGStartupWait(Duration.ofSeconds(60))
			.setConnectConfig("password", password)
			// initdb's own options, after zonky's "-A trust" (the last one counts)
			.setLocaleConfig("auth-local", "scram-sha-256")
			.setLocaleConfig("auth-host", "scram-sha-256");
		if (dataDirectory != null) {
			builder.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				// runs once this JVM holds the directory's lock, before the server starts
				.setDataDirectoryCustomizer(directory -> LeftoverPostmaster.stopIfRunning(directory.toPath()));
		}
		CompletableFuture<EmbeddedPostgres> started = new CompletableFuture<>();
		Thread starter = new Thread(() -> {
			try {
				Path passwordFile = Files.createTempFile("openhotline-postgres", ".pw", DevelopmentSecrets.ownerOnly());
				try {
					Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
					builder.setLocaleConfig("pwfile", passwordFile.toString());
					EmbeddedPostgres postgres = builder.start();
					if (dataDirectory != null) {
						requirePassword(postgres, dataDirectory, password);
					}
					started.complete(postgres);
				}
				finally {
					Files.deleteIfExists(passwordFile);
				}
			}
			catch (Throwable ex) {
				started.completeExceptionally(ex);
			}
		}, "embedded-postgres-start");
		starter.setDaemon(true);
		starter.start();
		return new EmbeddedPostgresServer(chosenPort, password, started);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free local port for the embedded PostgreSQL", ex);
		}
	}

	/**
	 * A directory initialised before passwords were required trusted every local user: its
	 * superuser gets the password and its {@code pg_hba.conf} asks for it from now on.
	 */
	static void requirePassword(EmbeddedPostgres postgres, Path dataDirectory, String password)
			throws IOException, SQLException {
		Path hba = dataDirectory.resolve("pg_hba.conf");
		List<String> lines = Files.readAllLines(hba, StandardCharsets.UTF_8);
		List<String> required = lines.stream()
			.map(line -> line.strip().startsWith("#") ? line : line.replaceAll("\\btrust\\s*$", "scram-sha-256"))
			.toList();
		if (required.equals(lines)) {
			return;
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("SET password_encryption = 'scram-sha-256'");
			statement.execute("ALTER ROLE postgres PASSWORD '" + password.replace("'", "''") + "'");
			Files.write(hba, required, StandardCharsets.UTF_8);
			statement.execute("SELECT pg_reload_conf()");
		}
	}

	int port() {
		return port;
	}

	String password() {
		return password;
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

	void close() {
		try {
			postgres.join().close();
		}
		catch (RuntimeException | IOException ex) {
			// it never started, or the JVM is stopping; nothing is left to clean up
		}
	}
}
