package org.openhotline.exchange;

/** Why a referral or an outcome was not taken; nothing of it was stored. */
public final class ExchangeRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public enum Reason {
		/** the calling organisation is no active partner hotline with a public key */
		NOT_A_PARTNER,
		/** the signature is missing or is not the partner's over these bytes */
		BAD_SIGNATURE,
		/** the document is not a version 1 referral */
		INVALID_DOCUMENT,
		/** an address is not one this installation takes */
		BAD_ADDRESS,
		/** the document is not a version 1 outcome, or what it reports cannot be recorded */
		INVALID_OUTCOME,
		/** no referral with this reference was sent to the calling partner */
		UNKNOWN_REFERRAL
	}

	private final Reason reason;

	public ExchangeRefused(Reason reason, String detail) {
		super(detail, null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
