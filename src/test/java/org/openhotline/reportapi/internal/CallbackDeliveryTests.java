package org.openhotline.reportapi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhotline.organisations.ApiCallbacks;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.NewOrganisation;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.Organisations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.sun.net.httpserver.HttpServer;

/**
 * The callback outbox against receivers that misbehave (nothing is sent by the context itself:
 * each test runs its own delivery, on a clock far ahead so that it sends only its own rows): an
 * answer that never ends, a receiver that never answers or answers slowly, an address the HTTP
 * client refuses, a redirect; and a replaced secret.
 */
@SpringBootTest(properties = "openhotline.triage.second-assessment-share=0")
class CallbackDeliveryTests {

	/** Rows of these tests are queued then, long after any other test's. */
	static final Instant QUEUED = Instant.parse("2100-01-01T00:00:00Z");

	@Autowired
	CallbackOutbox outbox;

	@Autowired
	ApiCallbacks callbacks;

	@Autowired
	Organisations organisations;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	final List<AutoCloseable> receivers = new CopyOnWriteArrayList<>();

	final List<String> taken = Collections.synchronizedList(new ArrayList<>());

	/** What each call to a receiver was signed with: webhook-id, -timestamp, -signature, and the body. */
	final List<String[]> signatures = Collections.synchronizedList(new ArrayList<>());

	@AfterEach
	void stopReceivers() throws Exception {
		for (AutoCloseable receiver : receivers) {
			receiver.close();
		}
	}

	@Test
	void aReceiverThatAnswersWithoutEndDoesNotHoldTheOutboxPastTheTimeout() throws Exception {
		int port = rawReceiver(true);
		UUID report = queue(organisation("https://localhost:" + port + "/hook"), 0);
		CallbackDelivery delivery = delivery(port);

		int sent = assertTimeoutPreemptively(Duration.ofSeconds(60), delivery::sendDue,
				"the delivery waits for the end of an answer that never ends");

		assertThat(sent).isEqualTo(1);
		assertThat(row(report)).isEqualTo("SENT 1");
	}

	@Test
	void aReceiverThatNeverAnswersCostsOneTimeoutAndTheOtherOrganisationsCallbacksGoOut() throws Exception {
		int silent = rawReceiver(false);
		int good = receiver(204);
		OrganisationId blackHole = organisation("https://localhost:" + silent + "/hook");
		List<UUID> waiting = List.of(queue(blackHole, 0), queue(blackHole, 1), queue(blackHole, 2));
		UUID other = queue(organisation("https://localhost:" + good + "/hook"), 3);

		int sent = assertTimeoutPreemptively(Duration.ofSeconds(60), delivery(silent, good)::sendDue);

		assertThat(sent).isEqualTo(1);
		assertThat(row(other)).isEqualTo("SENT 1");
		assertThat(waiting.stream().map(this::row).toList()).as("one attempt for the receiver that did not answer")
			.containsExactly("PENDING 1", "PENDING 0", "PENDING 0");
	}

	@Test
	void aReceiverThatTakesEachCallbackSlowlyDoesNotHoldTheOtherOrganisationsCallbacksForTheWholeRun() {
		int slow = receiver(204, Duration.ofMillis(400));
		int good = receiver(204);
		OrganisationId slowly = organisation("https://localhost:" + slow + "/hook");
		List<UUID> waiting = IntStream.range(0, 6).mapToObj(i -> queue(slowly, i)).toList();
		UUID other = queue(organisation("https://localhost:" + good + "/hook"), 10);

		delivery(slow, good).sendDue();

		assertThat(row(other)).isEqualTo("SENT 1");
		assertThat(waiting.stream().map(this::row).filter("PENDING 0"::equals).count())
			.as("left for the next run once the receiver took longer than the timeout in all").isGreaterThanOrEqualTo(3);
	}

	@Test
	void anAddressTheClientRefusesIsNotRetriedAheadOfEveryOtherCallback() {
		UUID poisoned = queue(organisation("https://localhost:99999/hook"), 0);
		int good = receiver(204);
		UUID other = queue(organisation("https://localhost:" + good + "/hook"), 1);
		CallbackDelivery delivery = delivery(99999, good);

		assertThat(delivery.sendDue()).isEqualTo(1);
		assertThat(row(other)).isEqualTo("SENT 1");
		assertThat(row(poisoned)).isEqualTo("PENDING 1");
	}

	@Test
	void aRedirectIsNotFollowedAndA4xxOr5xxIsNotTaken() {
		int target = receiver(204);
		int redirecting = receiver(302, "http://localhost:" + target + "/hook");
		int refusing = receiver(410);
		int failing = receiver(503);
		UUID redirected = queue(organisation("https://localhost:" + redirecting + "/hook"), 0);
		UUID refused = queue(organisation("https://localhost:" + refusing + "/hook"), 1);
		UUID failed = queue(organisation("https://localhost:" + failing + "/hook"), 2);

		assertThat(delivery(target, redirecting, refusing, failing).sendDue()).isZero();

		assertThat(taken).containsExactly("302", "410", "503");
		assertThat(List.of(row(redirected), row(refused), row(failed))).containsOnly("PENDING 1");
		assertThat(jdbc.sql("SELECT last_error FROM report_api_callback WHERE report_id = :r")
			.param("r", redirected).query(String.class).single()).isEqualTo("answered 302");
	}

	@Test
	void aReplacedCallbacksOldSecretNoLongerSigns() {
		int port = receiver(204);
		OrganisationId organisation = organisation("https://localhost:" + port + "/old");
		byte[] old = WebhookSigner.newSecret();
		callbacks.register(organisation, "https://localhost:" + port + "/old", old, "test");
		UUID report = queue(organisation, 0);
		byte[] replacement = WebhookSigner.newSecret();
		callbacks.register(organisation, "https://localhost:" + port + "/hook", replacement, "test");

		assertThat(delivery(port).sendDue()).isEqualTo(1);

		assertThat(row(report)).isEqualTo("SENT 1");
		assertThat(signatures).hasSize(1);
		String[] signed = signatures.get(0);
		long timestamp = Long.parseLong(signed[1]);
		byte[] body = signed[3].getBytes(StandardCharsets.UTF_8);
		assertThat(signed[2]).isEqualTo(WebhookSigner.signature(replacement, signed[0], timestamp, body))
			.isNotEqualTo(WebhookSigner.signature(old, signed[0], timestamp, body));
	}

	private CallbackDelivery delivery(int... insecurePorts) {
		List<String> insecure = new ArrayList<>();
		for (int port : insecurePorts) {
			insecure.add("localhost:" + port);
		}
		CallbackProperties properties = new CallbackProperties(Duration.ofSeconds(1), Duration.ofMinutes(1),
				Duration.ofHours(1), 20, Duration.ofSeconds(1), insecure);
		return new CallbackDelivery(outbox, callbacks, transactions, properties,
				Clock.fixed(QUEUED.plusSeconds(60), ZoneOffset.UTC));
	}

	private OrganisationId organisation(String callback) {
		OrganisationId id = organisations.create(new NewOrganisation("Receiver " + UUID.randomUUID(),
				OrganisationKind.PLATFORM, null, "Trust and safety", "tns@example.com", ListLevel.HASHES), "test");
		callbacks.register(id, callback, WebhookSigner.newSecret(), "test");
		return id;
	}

	private UUID queue(OrganisationId organisation, int secondsAfter) {
		UUID report = UUID.randomUUID();
		byte[] hash = new byte[32];
		hash[0] = 1;
		outbox.queue(report, organisation.value(), hash, "msg_" + UUID.randomUUID().toString().replace("-", ""),
				"{\"type\":\"report.updated\"}".getBytes(StandardCharsets.UTF_8), QUEUED.plusSeconds(secondsAfter));
		return report;
	}

	private String row(UUID report) {
		return jdbc.sql("SELECT state || ' ' || attempts FROM report_api_callback WHERE report_id = :r")
			.param("r", report)
			.query(String.class)
			.single();
	}

	private int receiver(int status, String... location) {
		return receiver(status, Duration.ZERO, location);
	}

	/** A receiver answering the status (and a Location) after a while; each call's status is noted as taken. */
	private int receiver(int status, Duration after, String... location) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/hook", exchange -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				signatures.add(new String[] { exchange.getRequestHeaders().getFirst("webhook-id"),
						exchange.getRequestHeaders().getFirst("webhook-timestamp"),
						exchange.getRequestHeaders().getFirst("webhook-signature"), body });
				taken.add(String.valueOf(status));
				sleep(after);
				if (location.length > 0) {
					exchange.getResponseHeaders().add("Location", location[0]);
				}
				exchange.sendResponseHeaders(status, -1);
				exchange.close();
			});
			server.start();
			receivers.add(() -> server.stop(0));
			return server.getAddress().getPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A receiver that reads the request, then answers 200 and a body that never ends, one byte
	 * at a time ({@code trickle}), or never answers at all.
	 */
	private int rawReceiver(boolean trickle) throws IOException {
		ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		receivers.add(socket);
		Thread accepting = new Thread(() -> {
			while (!socket.isClosed()) {
				try {
					Socket connection = socket.accept();
					receivers.add(connection);
					Thread answering = new Thread(() -> answer(connection, trickle));
					answering.setDaemon(true);
					answering.start();
				}
				catch (IOException ex) {
					return;
				}
			}
		});
		accepting.setDaemon(true);
		accepting.start();
		return socket.getLocalPort();
	}

	private static void answer(Socket connection, boolean trickle) {
		try {
			InputStream in = connection.getInputStream();
			in.read(new byte[16384]);
			if (!trickle) {
				in.read();
				return;
			}
			OutputStream out = connection.getOutputStream();
			out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			while (true) {
				out.write("1\r\nx\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
				Thread.sleep(200);
			}
		}
		catch (IOException ex) {
			// the caller went away
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
