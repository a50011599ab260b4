package org.openhotline.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openhotline.takedown.ActionProgress;
import org.openhotline.takedown.ActionProgressSource;
import org.openhotline.takedown.TakedownAction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beside each referral sent by exchange on the case's actions page: how its delivery fares
 * (waiting, with its attempts, last error and next attempt; taken, when and with the
 * partner's reference; given up) and the outcomes the partner reported of it.
 */
@Component
class ExchangeProgress implements ActionProgressSource {

	private final ExchangeOutbox outbox;

	private final ReceivedOutcomes outcomes;

	ExchangeProgress(ExchangeOutbox outbox, ReceivedOutcomes outcomes) {
		this.outbox = outbox;
		this.outcomes = outcomes;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, List<ActionProgress>> progressOf(UUID caseId, List<TakedownAction> actions) {
		Map<String, UUID> byReference = new HashMap<>();
		actions.forEach(a -> byReference.put(a.reference(), a.id()));
		Map<UUID, List<ActionProgress>> lines = new HashMap<>();
		for (ExchangeOutbox.Delivery d : outbox.deliveries(caseId)) {
			UUID action = byReference.get(d.senderReference());
			if (action == null) {
				continue;
			}
			List<ActionProgress> of = lines.computeIfAbsent(action, a -> new ArrayList<>());
			switch (d.state()) {
				case "SENT" -> of.add(new ActionProgress("exchange.delivery.SENT",
						List.of(String.valueOf(d.receiverReference())), d.sentAt()));
				case "FAILED" -> of.add(new ActionProgress("exchange.delivery.FAILED",
						List.of(String.valueOf(d.attempts())), null));
				default -> of.add(new ActionProgress("exchange.delivery.PENDING", List.of(String.valueOf(d.attempts())),
						d.nextAttemptAt()));
			}
			if (!"SENT".equals(d.state()) && d.lastError() != null) {
				of.add(new ActionProgress("exchange.delivery.last-error", List.of(d.lastError()), null));
			}
		}
		for (ReceivedOutcomes.Reported reported : outcomes.of(caseId)) {
			UUID action = byReference.get(reported.senderReference());
			if (action == null) {
				continue;
			}
			List<ActionProgress> of = lines.computeIfAbsent(action, a -> new ArrayList<>());
			if ("REMOVED".equals(reported.outcome())) {
				of.add(new ActionProgress("exchange.outcome.REMOVED", List.of(), reported.removedAt()));
			}
			else {
				of.add(new ActionProgress("exchange.outcome.ASSESSED." + reported.interpolClass(), List.of(),
						reported.reportedAt()));
			}
		}
		return lines;
	}
}
