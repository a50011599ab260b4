package org.openhotline.exchange;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What the receiver of a referral reports back to its sender, version 1: the referral was
 * assessed (with the INTERPOL class of the final assessment) or its content was removed (with
 * when). Never any content. The constructor refuses what the published schema
 * ({@code docs/exchange/outcome-v1.schema.json}) refuses.
 *
 * @param installation the reporting (receiving) installation's id
 * @param reference the referral's sender reference: the case it is about at the sender
 * @param receiverReference the receiver's reference of the referral, as it answered it
 * @param interpolClass for {@link Outcome#ASSESSED} only
 * @param removedAt for {@link Outcome#REMOVED} only: when the content was confirmed gone
 * @param at when the receiver recorded the outcome
 */
public record OutcomeDocument(int version, String installation, String reference, String receiverReference,
		Outcome outcome, @Nullable String interpolClass, @Nullable Instant removedAt, Instant at) {

	public static final int VERSION = 1;

	public enum Outcome {
		ASSESSED, REMOVED
	}

	public static final Set<String> CLASSES = Set.of("BASELINE", "NATIONALLY_ILLEGAL", "NOT_ILLEGAL");

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

	public OutcomeDocument {
		at = at.truncatedTo(ChronoUnit.SECONDS);
		removedAt = removedAt == null ? null : removedAt.truncatedTo(ChronoUnit.SECONDS);
		if (version != VERSION) {
			throw new IllegalArgumentException("version " + version + " is not known; this installation reads 1");
		}
		if (!TOKEN.matcher(installation).matches()) {
			throw new IllegalArgumentException("installation is not an id");
		}
		if (!TOKEN.matcher(reference).matches()) {
			throw new IllegalArgumentException("reference is not a reference");
		}
		if (!TOKEN.matcher(receiverReference).matches()) {
			throw new IllegalArgumentException("receiverReference is not a reference");
		}
		if (outcome == Outcome.ASSESSED && (interpolClass == null || !CLASSES.contains(interpolClass))) {
			throw new IllegalArgumentException("interpolClass is not BASELINE, NATIONALLY_ILLEGAL nor NOT_ILLEGAL");
		}
		if (outcome == Outcome.ASSESSED && removedAt != null) {
			throw new IllegalArgumentException("removedAt is for the outcome REMOVED only");
		}
		if (outcome == Outcome.REMOVED && removedAt == null) {
			throw new IllegalArgumentException("removedAt is missing");
		}
		if (outcome == Outcome.REMOVED && interpolClass != null) {
			throw new IllegalArgumentException("interpolClass is for the outcome ASSESSED only");
		}
	}

	public static OutcomeDocument assessed(String installation, String reference, String receiverReference,
			String interpolClass, Instant at) {
		return new OutcomeDocument(VERSION, installation, reference, receiverReference, Outcome.ASSESSED, interpolClass,
				null, at);
	}

	public static OutcomeDocument removed(String installation, String reference, String receiverReference,
			Instant removedAt, Instant at) {
		return new OutcomeDocument(VERSION, installation, reference, receiverReference, Outcome.REMOVED, null, removedAt,
				at);
	}

	/** What makes this outcome the same as another one of the same referral: its kind and class. */
	public String key() {
		return outcome == Outcome.ASSESSED ? outcome.name() + ":" + interpolClass : outcome.name();
	}
}
