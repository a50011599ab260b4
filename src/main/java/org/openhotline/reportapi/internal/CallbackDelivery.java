package org.openhotline.reportapi.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.openhotline.organisations.ApiCallbacks;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.shared.net.HttpsTargets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the callback outbox holds, signed, to each organisation's current callback: one
 * callback per transaction with its row locked (SKIP LOCKED), so that one node sends it. Only
 * to https addresses whose name resolves to public addresses only, no redirect followed; a 2xx
 * answer takes it. A callback not taken waits, twice as long each time, and is given up after
 * the configured attempts.
 */
@Component
class CallbackDelivery {

	private static final Logger log = LoggerFactory.getLogger("openhotline.reportapi");

	/** At most so many callbacks a run, so that a run ends and the next one starts afresh. */
	private static final int PER_RUN = 200;

	private final CallbackOutbox outbox;

	private final ApiCallbacks callbacks;

	private final TransactionTemplate transactions;

	private final CallbackProperties properties;

	private final HttpsTargets targets;

	private final Clock clock;

	private final HttpClient http;

	CallbackDelivery(CallbackOutbox outbox, ApiCallbacks callbacks, TransactionTemplate transactions,
			CallbackProperties properties, Clock clock) {
		this.outbox = outbox;
		this.callbacks = callbacks;
		this.transactions = transactions;
		this.properties = properties;
		this.targets = new HttpsTargets(properties.allowedInsecureEndpoints());
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Sends the callbacks that are due; returns how many were taken. */
	int sendDue() {
		int taken = 0;
		for (int i = 0; i < PER_RUN; i++) {
			Boolean sent = transactions.execute(status -> sendNext());
			if (sent == null) {
				break;
			}
			taken += sent ? 1 : 0;
		}
		return taken;
	}

	/** Null when nothing was due. */
	private @org.jspecify.annotations.Nullable Boolean sendNext() {
		Instant now = clock.instant();
		Optional<CallbackOutbox.Outgoing> due = outbox.lockNextDue(now);
		if (due.isEmpty()) {
			return null;
		}
		CallbackOutbox.Outgoing callback = due.get();
		Optional<ApiCallbacks.Target> target = callbacks.target(new OrganisationId(callback.organisationId()));
		if (target.isEmpty()) {
			outbox.dropped(callback.reportId());
			return false;
		}
		String error;
		try {
			URI uri = targets.target(target.get().url());
			HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(uri)
				.timeout(properties.timeout())
				.header("Content-Type", "application/json")
				.header("webhook-id", callback.messageId())
				.header("webhook-timestamp", String.valueOf(now.getEpochSecond()))
				.header("webhook-signature", WebhookSigner.signature(target.get().secret(), callback.messageId(),
						now.getEpochSecond(), callback.payload()))
				.POST(HttpRequest.BodyPublishers.ofByteArray(callback.payload()))
				.build(), HttpResponse.BodyHandlers.discarding());
			if (answer.statusCode() / 100 == 2) {
				outbox.sent(callback.reportId(), now);
				return true;
			}
			error = "answered " + answer.statusCode();
		}
		catch (HttpsTargets.Refused ex) {
			error = ex.refusal().code();
		}
		catch (IOException ex) {
			error = "not reached: " + ex.getClass().getSimpleName();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sending a callback", ex);
		}
		Instant next = callback.attempts() + 1 >= properties.maxAttempts() ? null : now.plus(wait(callback.attempts()));
		log.info("Callback {} of organisation {} not taken ({}); {}", callback.messageId(), callback.organisationId(),
				error, next == null ? "given up" : "next attempt at " + next);
		outbox.failed(callback.reportId(), error, next);
		return false;
	}

	/** The wait after the attempt numbered {@code attempts} (0: the first) failed. */
	Duration wait(int attempts) {
		Duration wait = properties.retryFirst().multipliedBy(1L << Math.min(attempts, 30));
		return wait.compareTo(properties.retryMax()) > 0 ? properties.retryMax() : wait;
	}
}
