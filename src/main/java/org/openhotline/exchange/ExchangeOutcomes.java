package org.openhotline.exchange;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.exchange.ExchangeRefused.Reason;
import org.openhotline.exchange.internal.ExchangeOutbox;
import org.openhotline.exchange.internal.PartnerSignatures;
import org.openhotline.exchange.internal.OutcomeJson;
import org.openhotline.exchange.internal.ReceivedOutcomes;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.takedown.Takedowns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the outcomes partner hotlines report of the referrals we sent them: the signature is
 * checked over the bytes received with the public key of the partner the calling organisation
 * is linked to, before anything is read; the outcome must be of a referral sent to that very
 * partner. Each outcome is kept once; a removal is recorded on the case as confirmed by the
 * partner (unless the case was confirmed removed already), in the same transaction.
 */
@Service
public class ExchangeOutcomes {

	private final PartnerSignatures signatures;

	private final ExchangeOutbox outbox;

	private final ReceivedOutcomes outcomes;

	private final Takedowns takedowns;

	private final Clock clock;

	ExchangeOutcomes(PartnerSignatures signatures, ExchangeOutbox outbox, ReceivedOutcomes outcomes, Takedowns takedowns,
			Clock clock) {
		this.signatures = signatures;
		this.outbox = outbox;
		this.outcomes = outcomes;
		this.takedowns = takedowns;
		this.clock = clock;
	}

	/** Returns whether this call recorded the outcome (false: it was recorded before). */
	@Transactional
	public boolean receive(UUID organisation, byte[] body, @Nullable String signature, @Nullable String keyId) {
		PartnerSignatures.Signed signed = signatures.verify(organisation, body, signature);
		PartnerContact partner = signed.partner();
		OutcomeDocument document;
		try {
			document = OutcomeJson.read(body);
		}
		catch (IllegalArgumentException ex) {
			throw new ExchangeRefused(Reason.INVALID_OUTCOME, "Not an outcome of version 1: " + ex.getMessage() + ".");
		}
		ExchangeOutbox.SentReferral referral = outbox.lockReferral(partner.id(), document.reference())
			.filter(r -> r.receiverReference() == null || r.receiverReference().equals(document.receiverReference()))
			.orElseThrow(() -> new ExchangeRefused(Reason.UNKNOWN_REFERRAL,
					"No referral " + document.reference() + " was sent to this partner (as "
							+ document.receiverReference() + ")."));
		if (!outcomes.record(referral.id(), document, signed.keyId(), body, signature, clock.instant())) {
			return false;
		}
		if (document.outcome() == OutcomeDocument.Outcome.REMOVED && !takedowns.isRemoved(referral.caseId())) {
			try {
				takedowns.removedByPartner(referral.caseId(), document.reference(),
						Objects.requireNonNull(document.removedAt()), partner.name());
			}
			catch (StepRefused refused) {
				throw new ExchangeRefused(Reason.INVALID_OUTCOME, "The removal cannot be recorded at "
						+ document.removedAt() + ": it is in the future, or before the referral or its case's first "
						+ "report or notice (" + refused.messageKey() + ").");
			}
		}
		return true;
	}
}
