package org.openhotline.exchange;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.jspecify.annotations.Nullable;
import org.openhotline.exchange.ExchangeRefused.Reason;
import org.openhotline.exchange.internal.ExchangeOutbox;
import org.openhotline.exchange.internal.OutcomeJson;
import org.openhotline.exchange.internal.ReceivedOutcomes;
import org.openhotline.shared.crypto.Ed25519Keys;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.takedown.PartnerDirectory;
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

	private final PartnerDirectory partners;

	private final ExchangeOutbox outbox;

	private final ReceivedOutcomes outcomes;

	private final Takedowns takedowns;

	private final Clock clock;

	ExchangeOutcomes(PartnerDirectory partners, ExchangeOutbox outbox, ReceivedOutcomes outcomes, Takedowns takedowns,
			Clock clock) {
		this.partners = partners;
		this.outbox = outbox;
		this.outcomes = outcomes;
		this.takedowns = takedowns;
		this.clock = clock;
	}

	/** Returns whether this call recorded the outcome (false: it was recorded before). */
	@Transactional
	public boolean receive(UUID organisation, byte[] body, @Nullable String signature, @Nullable String keyId) {
		PartnerContact partner = partners.exchangeCaller(organisation)
			.filter(p -> p.exchange().publicKey() != null)
			.orElseThrow(() -> new ExchangeRefused(Reason.NOT_A_PARTNER,
					"This organisation is no partner hotline with a public key in the partner directory."));
		Ed25519PublicKeyParameters key = Ed25519Keys.publicKey(String.valueOf(partner.exchange().publicKey()));
		if (signature == null || !Ed25519Keys.verify(key, body, signature)) {
			throw new ExchangeRefused(Reason.BAD_SIGNATURE, "The Signature-Ed25519 header is missing or is not "
					+ "the signature of the partner's key (id " + Ed25519Keys.keyId(key) + ") over the body as sent.");
		}
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
		if (!outcomes.record(referral.id(), document, Ed25519Keys.keyId(key), body, signature, clock.instant())) {
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
