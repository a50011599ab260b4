package org.openhotline.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.exchange.ExchangeRefused.Reason;
import org.openhotline.exchange.internal.PartnerSignatures;
import org.openhotline.exchange.internal.ReceivedReferrals;
import org.openhotline.exchange.internal.ReferralJson;
import org.openhotline.intake.ReportChannel;
import org.openhotline.intake.ReportIntake;
import org.openhotline.intake.SubmitReport;
import org.openhotline.intake.url.CanonicalUrl;
import org.openhotline.intake.url.CanonicalizationResult;
import org.openhotline.intake.url.UrlCanonicalizer;
import org.openhotline.takedown.PartnerContact;
import org.springframework.stereotype.Service;

/**
 * Takes referrals from partner hotlines: the signature is checked over the bytes received
 * with the public key of the partner the calling organisation is linked to, before anything
 * is read; the referral becomes a report of the exchange's {@link ReportChannel} through intake (so
 * that triage makes its case as for any report), marked with the partner that referred it,
 * once per partner and sender's reference.
 */
@Service
public class ExchangeInbox {

	/** The receiver's answer: its reference of the report, and whether this call made it. */
	public record Receipt(String reference, boolean first) {
	}

	private final PartnerSignatures signatures;

	private final ReportIntake intake;

	private final UrlCanonicalizer canonicalizer;

	private final ReceivedReferrals received;

	private final Clock clock;

	ExchangeInbox(PartnerSignatures signatures, ReportIntake intake, UrlCanonicalizer canonicalizer,
			ReceivedReferrals received, Clock clock) {
		this.signatures = signatures;
		this.intake = intake;
		this.canonicalizer = canonicalizer;
		this.received = received;
		this.clock = clock;
	}

	public Receipt receive(UUID organisation, byte[] body, @Nullable String signature, @Nullable String keyId) {
		PartnerSignatures.Signed signed = signatures.verify(organisation, body, signature);
		PartnerContact partner = signed.partner();
		ReferralDocument document;
		try {
			document = ReferralJson.read(body);
		}
		catch (IllegalArgumentException ex) {
			throw new ExchangeRefused(Reason.INVALID_DOCUMENT, "Not a referral of version 1: " + ex.getMessage() + ".");
		}
		var known = received.reportReference(partner.id(), document.reference());
		if (known.isPresent()) {
			return new Receipt(known.get(), false);
		}
		List<CanonicalUrl> urls = new ArrayList<>();
		for (int i = 0; i < document.addresses().size(); i++) {
			if (!(canonicalizer.canonicalize(document.addresses().get(i)) instanceof CanonicalizationResult.Accepted accepted)) {
				throw new ExchangeRefused(Reason.BAD_ADDRESS, "addresses[" + i + "] is not an address this hotline takes.");
			}
			urls.add(accepted.url());
		}
		ReportIntake.Receipt receipt = intake.submit(SubmitReport.referred(idempotencyKey(partner.id(), document.reference()),
				urls, description(partner, document), new SubmitReport.Referral(partner.name(), document.reference())));
		received.record(partner.id(), document, receipt.reference().value(), signed.keyId(), body, signature,
				clock.instant());
		return new Receipt(receipt.reference().value(), receipt.firstSubmission());
	}

	/** What the analyst reads on the case: who referred it, their reference, class and trace. */
	private static String description(PartnerContact partner, ReferralDocument document) {
		ReferralDocument.Trace trace = document.trace();
		StringBuilder text = new StringBuilder("Referred by ").append(partner.name())
			.append(" (their reference ")
			.append(document.reference())
			.append(", installation ")
			.append(document.installation())
			.append("). Their assessment: ")
			.append(document.interpolClass())
			.append('.');
		if (trace.country() != null || trace.asn() != null || trace.network() != null || !trace.addresses().isEmpty()) {
			text.append(" Their trace:");
			if (trace.country() != null) {
				text.append(" country ").append(trace.country());
			}
			if (trace.asn() != null) {
				text.append(" AS").append(trace.asn());
			}
			if (trace.network() != null) {
				text.append(" network ").append(trace.network());
			}
			if (!trace.addresses().isEmpty()) {
				text.append(" addresses ").append(String.join(", ", trace.addresses()));
			}
			text.append('.');
		}
		// the schema allows a trace longer than a report's description: its end is cut, marked so
		if (text.codePointCount(0, text.length()) > SubmitReport.MAX_DESCRIPTION) {
			return text.substring(0, text.offsetByCodePoints(0, SubmitReport.MAX_DESCRIPTION - 1)) + "…";
		}
		return text.toString();
	}

	/** The intake's one-report-per-form key for this partner's reference. */
	private static String idempotencyKey(UUID partner, String reference) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((partner + "\n" + reference).getBytes(StandardCharsets.UTF_8));
			return "exchange:" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}
}
