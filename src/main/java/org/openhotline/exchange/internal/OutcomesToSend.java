package org.openhotline.exchange.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import org.openhotline.exchange.ExchangeSigner;
import org.openhotline.exchange.OutcomeDocument;
import org.openhotline.takedown.ContentRemoved;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.takedown.PartnerDirectory;
import org.openhotline.triage.CaseAssessed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reports back to the partner hotlines whose referrals became a case here: when the case is
 * assessed (with its class) and when its content is confirmed removed, a signed outcome goes
 * into the exchange outbox for each referral among the case's reports, once per referral and
 * outcome (an event delivered twice queues nothing more), to the partner's endpoint's sibling
 * {@code outcomes}. A partner without an endpoint or an API key of its own gets none.
 */
@Component
class OutcomesToSend {

	private static final Logger log = LoggerFactory.getLogger("openhotline.exchange");

	private final ReferralsOfCase referrals;

	private final PartnerDirectory partners;

	private final ExchangeSigner signer;

	private final ExchangeOutbox outbox;

	private final ExchangeDelivery delivery;

	private final ExchangeProperties properties;

	private final Clock clock;

	OutcomesToSend(ReferralsOfCase referrals, PartnerDirectory partners,
			ExchangeSigner signer, ExchangeOutbox outbox, ExchangeDelivery delivery, ExchangeProperties properties,
			Clock clock) {
		this.referrals = referrals;
		this.partners = partners;
		this.signer = signer;
		this.outbox = outbox;
		this.delivery = delivery;
		this.properties = properties;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseAssessed assessed) {
		report(assessed.caseId(), "ASSESSED:" + assessed.interpolClass(),
				taken -> OutcomeDocument.assessed(properties.installationId(), taken.senderReference(),
						taken.reportReference(), assessed.interpolClass(), assessed.assessedAt()));
	}

	@ApplicationModuleListener
	void on(ContentRemoved removed) {
		Instant now = clock.instant();
		report(removed.caseId(), OutcomeDocument.Outcome.REMOVED.name(),
				taken -> OutcomeDocument.removed(properties.installationId(), taken.senderReference(),
						taken.reportReference(), removed.removedAt(), now));
	}

	private void report(UUID caseId, String key, Function<ReceivedReferrals.Taken, OutcomeDocument> outcome) {
		boolean queued = false;
		for (ReceivedReferrals.Taken taken : referrals.of(caseId)) {
			if (outbox.outcomeQueued(taken.partnerId(), taken.senderReference(), key)) {
				continue;
			}
			PartnerContact partner = partners.find(taken.partnerId()).orElse(null);
			String endpoint = partner == null ? null : partner.exchange().endpoint();
			if (partner == null || !partner.active() || endpoint == null || partner.exchange().apiKey() == null) {
				log.info("Outcome {} of referral {} not reported: the partner has no exchange endpoint and key", key,
						taken.senderReference());
				continue;
			}
			OutcomeDocument document = outcome.apply(taken);
			queued |= outbox.enqueueOutcome(key, taken.partnerId(), caseId, taken.senderReference(),
					outcomesEndpoint(endpoint), signer.sign(document), clock.instant());
		}
		if (queued) {
			delivery.sendAfterCommit();
		}
	}

	/**
	 * Where a partner takes outcomes: the sibling {@code outcomes} of the last part of its
	 * referrals endpoint ({@code https://a.example/api/v1/exchange/referrals} gives
	 * {@code https://a.example/api/v1/exchange/outcomes}), with the same query if it has one.
	 */
	static String outcomesEndpoint(String referralsEndpoint) {
		URI uri = URI.create(referralsEndpoint);
		String base = referralsEndpoint.replaceAll("[?#].*$", "").replaceAll("/+$", "");
		return URI.create(base).resolve("outcomes") + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}
}
