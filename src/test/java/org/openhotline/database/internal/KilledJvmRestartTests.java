package org.openhotline.database.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default after {@code kill -9} of the JVM alone (as the OOM killer does): its
 * PostgreSQL goes on running on the data directory. The application, started again on that
 * directory, stops the server left behind, starts its own, and every report it had
 * acknowledged is still there. The application runs as a child JVM, on its own data directory.
 */
class KilledJvmRestartTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	private static final Pattern RECEIPT_CODE = Pattern.compile("id=\"receipt-code\"[^>]*>([^<]*)<");

	private static final int POSTERS = 4;

	private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 40;

	@TempDir
	Path data;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private @Nullable Process app;

	@AfterEach
	void stopTheApplicationAndItsServer() throws InterruptedException {
		if (app != null && app.isAlive()) {
			app.destroy();
			if (!app.waitFor(60, TimeUnit.SECONDS)) {
				app.destroyForcibly().waitFor();
			}
		}
		LeftoverPostmaster.stopIfRunning(data.resolve("postgres"));
	}

	@Test
	void afterTheJvmAloneWasKilledUnderLoadItStartsAgainWithEveryAcknowledgedReport() throws Exception {
		int port = freePort();
		app = start(port, "first.log");
		awaitReady(port, "first.log");

		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicBoolean posting = new AtomicBoolean(true);
		ExecutorService posters = Executors.newFixedThreadPool(POSTERS);
		for (int i = 0; i < POSTERS; i++) {
			posters.submit(() -> {
				while (posting.get()) {
					String code = postReport(port);
					if (code != null) {
						acknowledged.add(code);
					}
				}
				return null;
			});
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (acknowledged.size() < ACKNOWLEDGED_BEFORE_THE_KILL && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		long postgresPid = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
		app.destroyForcibly().waitFor();
		posting.set(false);
		posters.shutdown();
		assertThat(posters.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_THE_KILL);
		// the situation of the OOM killer: the JVM is gone, its PostgreSQL still runs on the directory
		assertThat(postgresPid).isNotEqualTo(app.pid());
		assertThat(ProcessHandle.of(postgresPid).filter(ProcessHandle::isAlive)).isPresent();

		int restartedPort = freePort();
		app = start(restartedPort, "restarted.log");
		awaitReady(restartedPort, "restarted.log");

		assertThat(ProcessHandle.of(postgresPid).filter(ProcessHandle::isAlive)).isEmpty();
		List<String> missing = new ArrayList<>();
		for (String code : acknowledged) {
			HttpResponse<String> status = post(restartedPort, "/ml/en/status", "code=" + code.replace(' ', '-'));
			if (status.statusCode() != 200 || !status.body().contains("id=\"report-status\"")) {
				missing.add(code + " (" + status.statusCode() + ")");
			}
		}
		assertThat(missing).isEmpty();
		assertThat(Files.readString(data.resolve("restarted.log"))).contains("is still running on " + data.resolve("postgres"));
	}

	/** The receipt code of an acknowledged report, null when the report was not acknowledged (the JVM died). */
	private @Nullable String postReport(int port) {
		try {
			HttpResponse<String> form = get(port, "/ml/en");
			Matcher token = TOKEN.matcher(form.body());
			if (form.statusCode() != 200 || !token.find()) {
				return null;
			}
			HttpResponse<String> confirmation = post(port, "/ml/en/report",
					"token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&url="
							+ URLEncoder.encode("https://example.com/kill-restart/" + UUID.randomUUID(), StandardCharsets.UTF_8)
							+ "&seen=IMAGES&found=WEBSITE");
			Matcher code = RECEIPT_CODE.matcher(confirmation.body());
			return confirmation.statusCode() == 200 && code.find() ? code.group(1).strip() : null;
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/**
	 * The application's own classes and libraries (not the test classes, with their test
	 * configurations) and the settings a test keeps to this machine: no tracing lookup
	 * leaves it, cheap hashing, no rate limit for one client posting many reports.
	 */
	private Process start(int port, String log) throws IOException {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		String appClassPath = String.join(File.pathSeparator, Arrays.stream(classPath.split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
			.toList());
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-XX:TieredStopAtLevel=1", "-cp", appClassPath, "org.openhotline.OpenHotlineApplication",
				"--server.port=" + port, "--openhotline.embedded-database.directory=" + data.resolve("postgres"),
				"--openhotline.embedded-database.fsync=false", "--openhotline.rate-limit.enabled=false",
				"--openhotline.intake.receipt-hash.memory-kib=8", "--openhotline.accounts.password-hash.memory-kib=64",
				"--openhotline.accounts.password-hash.iterations=1", "--openhotline.tracing.dns.servers=127.0.0.1:9",
				"--openhotline.tracing.dns.timeout=300ms", "--openhotline.tracing.dns.retries=0",
				"--openhotline.tracing.rdap.bootstrap-directory=src/test/resources/rdap-unreachable");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(data.resolve(log).toFile());
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("OPENHOTLINE_"));
		return builder.start();
	}

	private void awaitReady(int port, String log) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			if (app == null || !app.isAlive()) {
				throw new AssertionError("The application stopped:\n" + Files.readString(data.resolve(log)));
			}
			try {
				if (get(port, "/ml/en").statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The application did not start:\n" + Files.readString(data.resolve(log)));
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> post(int port, String path, String form) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
