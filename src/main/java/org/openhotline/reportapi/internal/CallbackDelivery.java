package org.openhotline.reportapi.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.organisations.ApiCallbacks;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.shared.net.BoundedCalls;
import org.openhotline.shared.net.DoublingWaits;
import org.openhotline.shared.net.HttpsTargets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the callback outbox holds, signed, to each organisation's current callback: one
 * callback per transaction with its row locked (SKIP LOCKED), so that one node sends it. Only
 * to https addresses whose name resolves to public addresses only, no redirect followed; a 2xx
 * answer within the timeout takes it (its body is not read). A callback not taken waits, twice
 * as long each time, and is given up after the configured attempts.
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

	private final DoublingWaits waits;

	CallbackDelivery(CallbackOutbox outbox, ApiCallbacks callbacks, TransactionTemplate transactions,
			CallbackProperties properties, Clock clock) {
		this.outbox = outbox;
		this.callbacks = callbacks;
		this.transactions = transactions;
		this.properties = properties;
		this.targets = new HttpsTargets(properties.allowedInsecureEndpoints());
		this.clock = clock;
		this.waits = new DoublingWaits(properties.retryFirst(), properties.retryMax());
		this.http = BoundedCalls.client(properties.timeout());
	}

	/** A callback tried: to which organisation, and whether it left the outbox. */
	private record Tried(UUID organisationId, boolean taken) {
	}

	/**
	 * Sends the callbacks that are due; returns how many left the outbox (taken, or dropped for
	 * want of a callback). The other callbacks of an organisation whose receiver did not take
	 * one, or took longer than the timeout in all this run, wait for the next run: a receiver
	 * unreachable or slow costs a run about one timeout, not one per callback waiting for it,
	 * and the other organisations' callbacks are not held behind its.
	 */
	int sendDue() {
		int taken = 0;
		Set<UUID> nextRun = new HashSet<>();
		Map<UUID, Long> spent = new HashMap<>();
		for (int i = 0; i < PER_RUN; i++) {
			long started = System.nanoTime();
			Tried tried = transactions.execute(status -> sendNext(nextRun));
			if (tried == null) {
				break;
			}
			long total = spent.merge(tried.organisationId(), System.nanoTime() - started, Long::sum);
			if (!tried.taken() || total > properties.timeout().toNanos()) {
				nextRun.add(tried.organisationId());
			}
			taken += tried.taken() ? 1 : 0;
		}
		return taken;
	}

	/** Null when nothing was due but to the organisations left for the next run. */
	private @Nullable Tried sendNext(Set<UUID> nextRun) {
		Instant now = clock.instant();
		Optional<CallbackOutbox.Outgoing> due = outbox.lockNextDue(now, nextRun);
		return due.map(callback -> new Tried(callback.organisationId(), send(callback, now))).orElse(null);
	}

	/** Whether the callback was taken (or dropped: there is nowhere to send it). */
	private boolean send(CallbackOutbox.Outgoing callback, Instant now) {
		Optional<ApiCallbacks.Target> target = callbacks.target(new OrganisationId(callback.organisationId()));
		if (target.isEmpty()) {
			outbox.dropped(callback.reportId());
			return true;
		}
		String error;
		try {
			int status = post(target.get(), callback, now);
			if (status / 100 == 2) {
				outbox.sent(callback.reportId(), now);
				return true;
			}
			error = "answered " + status;
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
		Instant next = callback.attempts() + 1 >= properties.maxAttempts() ? null : now.plus(waits.after(callback.attempts()));
		log.info("Callback {} of organisation {} not taken ({}); {}", callback.messageId(), callback.organisationId(),
				error, next == null ? "given up" : "next attempt at " + next);
		outbox.failed(callback.reportId(), error, next);
		return false;
	}

	/** The receiver's status; an {@link IOException} for anything that kept the callback from being answered. */
	private int post(ApiCallbacks.Target target, CallbackOutbox.Outgoing callback, Instant now)
			throws HttpsTargets.Refused, IOException, InterruptedException {
		URI uri = targets.target(target.url());
		try {
			HttpRequest request = HttpRequest.newBuilder(uri)
				.timeout(properties.timeout())
				.header("Content-Type", "application/json")
				.header("webhook-id", callback.messageId())
				.header("webhook-timestamp", String.valueOf(now.getEpochSecond()))
				.header("webhook-signature", WebhookSigner.signature(target.secret(), callback.messageId(),
						now.getEpochSecond(), callback.payload()))
				.POST(HttpRequest.BodyPublishers.ofByteArray(callback.payload()))
				.build();
			return BoundedCalls.send(http, request, properties.timeout(), 0).status();
		}
		catch (IllegalArgumentException ex) {
			// whatever else in the address the client refuses: the callback must not stay first in the outbox
			throw new IOException(ex);
		}
	}
}
