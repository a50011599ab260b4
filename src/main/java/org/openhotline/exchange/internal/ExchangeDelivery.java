package org.openhotline.exchange.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openhotline.exchange.SignedReferral;
import org.openhotline.shared.net.BoundedCalls;
import org.openhotline.shared.net.DoublingWaits;
import org.openhotline.shared.net.HttpsTargets;
import org.openhotline.takedown.PartnerDirectory;
import org.openhotline.takedown.Takedowns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Sends what the exchange outbox holds (referrals, and outcomes of referrals taken) to the
 * partners' endpoints, each batch in one transaction with its rows locked (SKIP LOCKED), so
 * that one node sends a document. Only to
 * https endpoints whose name resolves to public addresses only (the residual DNS-rebinding
 * risk is tracing's: https still needs the partner's certificate), the whole answer within the
 * timeout and only its first bytes read. A referral not taken waits, twice as long each time,
 * and is given up after the configured attempts. The receiver takes a
 * referral once per reference, so sending one twice (a crash before the commit) makes one case.
 * <p>
 * A document is sent at once after the transaction that queued it commits ({@link #sendAfterCommit()}),
 * and again when its next attempt is due, on this node; the outbox task's poll is the fallback
 * (another node, a restart).
 */
@Component
class ExchangeDelivery {

	private static final Logger log = LoggerFactory.getLogger("openhotline.exchange");

	private static final int BATCH = 10;

	/** Enough for the answer's reference; the rest is not read. */
	private static final int MAX_ANSWER = 16 * 1024;

	/**
	 * Answers that mean the document itself is refused (malformed, too large), not the moment;
	 * a 404 only for an outcome (the receiver names an unknown referral): at a referral's
	 * endpoint it may be a service not yet deployed there.
	 */
	private static final java.util.Set<Integer> REFUSED_FOR_GOOD = java.util.Set.of(400, 413, 415, 422);

	private static final Duration MIN_WAKE = Duration.ofMillis(500);

	private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([A-Za-z0-9-]{1,64})\"");

	private final ExchangeOutbox outbox;

	private final TransactionTemplate transactions;

	private final ExchangeProperties properties;

	private final HttpsTargets targets;

	private final Clock clock;

	private final HttpClient http;

	private final DoublingWaits waits;

	private final PartnerDirectory partners;

	/** Lazily: the takedown module's schedules need this outbox's task before they are made. */
	private final ObjectProvider<Takedowns> takedowns;

	private final boolean enabled;

	private final ScheduledExecutorService soon = Executors.newSingleThreadScheduledExecutor(run -> {
		Thread thread = new Thread(run, "exchange-delivery");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean queued = new AtomicBoolean();

	/** When the wake-up this node scheduled is due; null: none. */
	private final AtomicReference<@Nullable Instant> wake = new AtomicReference<>();

	ExchangeDelivery(ExchangeOutbox outbox, PartnerDirectory partners, ObjectProvider<Takedowns> takedowns,
			TransactionTemplate transactions, ExchangeProperties properties, Clock clock,
			@Value("${openhotline.exchange.outbox-enabled:true}") boolean enabled) {
		this.outbox = outbox;
		this.takedowns = takedowns;
		this.enabled = enabled;
		this.partners = partners;
		this.transactions = transactions;
		this.properties = properties;
		this.targets = new HttpsTargets(properties.allowedInsecureEndpoints());
		this.clock = clock;
		this.waits = new DoublingWaits(properties.retryFirst(), properties.retryMax());
		this.http = BoundedCalls.client(properties.timeout());
	}

	/**
	 * Sends what is due as soon as the current transaction commits (at once without one), on a
	 * thread of its own; on a node that leaves the outbox to the others, nothing.
	 */
	void sendAfterCommit() {
		if (!enabled) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sendSoon();
				}
			});
		}
		else {
			sendSoon();
		}
	}

	private void sendSoon() {
		if (queued.compareAndSet(false, true)) {
			submit(() -> {
				queued.set(false);
				sendDueAndWake();
			}, Duration.ZERO);
		}
	}

	private void sendDueAndWake() {
		try {
			sendDue();
			wakeForNextDue();
		}
		catch (RuntimeException ex) {
			log.warn("Exchange outbox not sent now ({}); the poll comes back to it", ex.toString());
		}
	}

	/** Plans a run on this node when the next document that waits is due. */
	void wakeForNextDue() {
		if (!enabled) {
			return;
		}
		Instant due = outbox.nextDue();
		if (due != null) {
			wakeAt(due);
		}
	}

	/** Runs the outbox again at {@code due}, unless a run at or before it is already planned. */
	private void wakeAt(Instant due) {
		Instant planned = wake.get();
		if (planned != null && !planned.isAfter(due)) {
			return;
		}
		if (wake.compareAndSet(planned, due)) {
			// not at once: what is due and still there may be in another node's hands
			Duration delay = Duration.between(clock.instant(), due);
			submit(() -> {
				wake.compareAndSet(due, null);
				sendDueAndWake();
			}, delay.compareTo(MIN_WAKE) < 0 ? MIN_WAKE : delay);
		}
	}

	private void submit(Runnable run, Duration delay) {
		try {
			soon.schedule(run, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// shutting down: the poll of the next start sends it
		}
	}

	@PreDestroy
	void stop() {
		soon.shutdownNow();
	}

	/** Sends the documents that are due; returns how many were taken. */
	int sendDue() {
		int total = 0;
		Integer taken;
		do {
			taken = transactions.execute(status -> sendBatch());
			total += taken == null ? 0 : taken;
		}
		while (taken != null && taken == BATCH);
		return total;
	}

	private int sendBatch() {
		Instant now = clock.instant();
		List<ExchangeOutbox.Outgoing> due = outbox.lockDue(now, BATCH);
		int taken = 0;
		for (ExchangeOutbox.Outgoing referral : due) {
			String error;
			try {
				URI target = target(referral.endpoint());
				String apiKey = partners.find(referral.partnerId())
					.map(p -> p.exchange().apiKey())
					.orElseThrow(() -> new Refused("no API key for the partner's endpoint"));
				BoundedCalls.Answer answer = BoundedCalls.send(http, HttpRequest.newBuilder(target)
					.header("Authorization", "Bearer " + apiKey)
					.timeout(properties.timeout())
					.header("Content-Type", "application/json")
					.header(SignedReferral.SIGNATURE_HEADER, referral.referral().signature())
					.header(SignedReferral.KEY_ID_HEADER, referral.referral().keyId())
					.POST(HttpRequest.BodyPublishers.ofByteArray(referral.referral().body()))
					.build(), properties.timeout(), MAX_ANSWER);
				int status = answer.status();
				String body = new String(answer.body(), StandardCharsets.UTF_8);
				if (referral.kind() == ExchangeOutbox.Kind.OUTCOME && status == 202) {
					outbox.sent(referral.id(), null, now);
					taken++;
					continue;
				}
				Matcher reference = REFERENCE.matcher(body);
				if (referral.kind() == ExchangeOutbox.Kind.REFERRAL && status == 202 && reference.find()) {
					outbox.sent(referral.id(), reference.group(1), now);
					// taken: the case's first notice, as a mail leaving the outbox would be
					takedowns.getObject().deliveredByExchange(referral.caseId(), now);
					taken++;
					continue;
				}
				error = "answered " + status;
				if (REFUSED_FOR_GOOD.contains(status) || status == 404 && referral.kind() == ExchangeOutbox.Kind.OUTCOME) {
					// the same bytes will be refused again: given up now, not after days of retries
					log.warn("{} {} to {} refused ({}): given up", referral.kind() == ExchangeOutbox.Kind.REFERRAL
							? "Referral" : "Outcome of referral", referral.senderReference(), referral.endpoint(), error);
					outbox.failed(referral.id(), error, null);
					continue;
				}
			}
			catch (Refused ex) {
				error = ex.getMessage();
			}
			catch (IOException ex) {
				error = "not reached: " + ex.getClass().getSimpleName();
			}
			catch (IllegalArgumentException ex) {
				// whatever else in the endpoint the client refuses: the batch must not be rolled back and tried again
				error = "not sent: " + ex.getClass().getSimpleName();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return taken;
			}
			Instant next = referral.attempts() + 1 >= properties.maxAttempts() ? null : now.plus(waits.after(referral.attempts()));
			log.info("{} {} to {} not taken ({}); {}", referral.kind() == ExchangeOutbox.Kind.REFERRAL ? "Referral"
					: "Outcome of referral", referral.senderReference(), referral.endpoint(), error,
					next == null ? "given up" : "next attempt at " + next);
			outbox.failed(referral.id(), String.valueOf(error), next);
		}
		return taken;
	}


	private URI target(String endpoint) throws Refused {
		try {
			return targets.target(endpoint);
		}
		catch (HttpsTargets.Refused ex) {
			throw new Refused(ex.refusal().code());
		}
	}

	private static final class Refused extends Exception {

		private static final long serialVersionUID = 1L;

		Refused(@Nullable String message) {
			super(message, null, false, false);
		}
	}
}
