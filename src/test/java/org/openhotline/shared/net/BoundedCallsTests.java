package org.openhotline.shared.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** A call to a local receiver: the whole answer within the deadline, at most so many bytes of it. */
class BoundedCallsTests {

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	HttpServer receiver;

	@BeforeEach
	void startReceiver() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		receiver.createContext("/small", exchange -> {
			byte[] body = "{\"reference\":\"R-1\"}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(202, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		receiver.createContext("/endless", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			try {
				while (true) {
					out.write(new byte[] { 'x' });
					out.flush();
					Thread.sleep(100);
				}
			}
			catch (IOException | InterruptedException ex) {
				exchange.close();
			}
		});
		receiver.createContext("/huge", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			byte[] chunk = new byte[64 * 1024];
			try {
				for (int i = 0; i < 16 * 1024; i++) {
					out.write(chunk);
				}
			}
			catch (IOException ex) {
				// the caller stopped reading
			}
			exchange.close();
		});
		receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		receiver.stop(0);
	}

	@Test
	void anAnswerIsReadWhole() throws Exception {
		BoundedCalls.Answer answer = BoundedCalls.send(http, request("/small"), Duration.ofSeconds(5), 1024);

		assertThat(answer.status()).isEqualTo(202);
		assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"reference\":\"R-1\"}");
	}

	@Test
	void anAnswerThatNeverEndsEndsAtTheDeadline() {
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(
				() -> BoundedCalls.send(http, request("/endless"), Duration.ofSeconds(1), 1024 * 1024))
			.isInstanceOf(HttpTimeoutException.class));
	}

	@Test
	void onlyTheFirstBytesOfAHugeAnswerAreRead() throws Exception {
		BoundedCalls.Answer answer = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> BoundedCalls.send(http, request("/huge"), Duration.ofSeconds(20), 1000));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).hasSize(1000);
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + path))
			.timeout(Duration.ofSeconds(1))
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build();
	}
}
