package org.openhotline.exchange.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openhotline.exchange.SignedReferral;
import org.openhotline.shared.net.BoundedCalls;
import org.openhotline.shared.net.HttpsTargets;
import org.openhotline.takedown.PartnerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the exchange outbox holds to the partners' endpoints, each batch in one
 * transaction with its rows locked (SKIP LOCKED), so that one node sends a referral. Only to
 * https endpoints whose name resolves to public addresses only (the residual DNS-rebinding
 * risk is tracing's: https still needs the partner's certificate), the whole answer within the
 * timeout and only its first bytes read. A referral not taken waits, twice as long each time,
 * and is given up after the configured attempts. The receiver takes a
 * referral once per reference, so sending one twice (a crash before the commit) makes one case.
 */
@Component
class ExchangeDelivery {

	private static final Logger log = LoggerFactory.getLogger("openhotline.exchange");

	private static final int BATCH = 10;

	/** The receiver's answer is a reference: more is not read. */
	private static final int MAX_ANSWER = 16 * 1024;

	private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([A-Za-z0-9-]{1,64})\"");

	private final ExchangeOutbox outbox;

	private final TransactionTemplate transactions;

	private final ExchangeProperties properties;

	private final HttpsTargets targets;

	private final Clock clock;

	private final HttpClient http;

	private final PartnerDirectory partners;

	ExchangeDelivery(ExchangeOutbox outbox, PartnerDirectory partners, TransactionTemplate transactions,
			ExchangeProperties properties, Clock clock) {
		this.outbox = outbox;
		this.partners = partners;
		this.transactions = transactions;
		this.properties = properties;
		this.targets = new HttpsTargets(properties.allowedInsecureEndpoints());
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Sends the referrals that are due; returns how many were taken. */
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
				Matcher reference = REFERENCE.matcher(new String(answer.body(), StandardCharsets.UTF_8));
				if (answer.status() == 202 && reference.find()) {
					outbox.sent(referral.id(), reference.group(1), now);
					taken++;
					continue;
				}
				error = "answered " + answer.status();
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
			Instant next = referral.attempts() + 1 >= properties.maxAttempts() ? null : now.plus(wait(referral.attempts()));
			log.info("Referral {} to {} not taken ({}); {}", referral.senderReference(), referral.endpoint(), error,
					next == null ? "given up" : "next attempt at " + next);
			outbox.failed(referral.id(), String.valueOf(error), next);
		}
		return taken;
	}

	/** The wait after the attempt numbered {@code attempts} (0: the first) failed. */
	Duration wait(int attempts) {
		Duration wait = properties.retryFirst().multipliedBy(1L << Math.min(attempts, 30));
		return wait.compareTo(properties.retryMax()) > 0 ? properties.retryMax() : wait;
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
