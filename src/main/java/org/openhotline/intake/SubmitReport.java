package org.openhotline.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openhotline.intake.url.CanonicalUrl;

/**
 * A reporter's request to file a report, already checked field by field by the form.
 *
 * @param formTokenId the id of the signed form the reporter filled in: the idempotency key
 * @param urls one to ten canonical addresses; the same address twice counts once
 * @param referral who referred it, for a report of the hotline exchange (then its slug is the channel's)
 */
public record SubmitReport(String formTokenId, String portalSlug, String language, List<CanonicalUrl> urls,
		ContentSeen contentSeen, FoundWhere foundWhere, @Nullable String description,
		@Nullable ContactDetails contact, @Nullable Referral referral) {

	/** The partner hotline that referred a report, and its own reference of it. */
	public record Referral(String partnerName, String partnerReference) {

		public Referral {
			partnerName = CONTROL.matcher(partnerName).replaceAll("").strip();
			partnerReference = CONTROL.matcher(partnerReference).replaceAll("").strip();
			if (partnerName.isEmpty() || partnerReference.isEmpty() || partnerReference.length() > ApiReport.MAX_REFERENCE) {
				throw new IllegalArgumentException("A referral names its partner and its reference");
			}
		}
	}

	public static final int MAX_URLS = 10;

	public static final int MAX_DESCRIPTION = 2000;

	private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

	/** A report of a portal. */
	public SubmitReport(String formTokenId, String portalSlug, String language, List<CanonicalUrl> urls,
			ContentSeen contentSeen, FoundWhere foundWhere, @Nullable String description,
			@Nullable ContactDetails contact) {
		this(formTokenId, portalSlug, language, urls, contentSeen, foundWhere, description, contact, null);
	}

	/** A report a partner hotline referred through the hotline exchange. */
	public static SubmitReport referred(String idempotencyKey, List<CanonicalUrl> urls, String description,
			Referral referral) {
		return new SubmitReport(idempotencyKey, ReportChannel.EXCHANGE.slug(), "en", urls, ContentSeen.NOT_SURE,
				FoundWhere.OTHER, description, null, referral);
	}

	public SubmitReport {
		if (formTokenId.isBlank() || formTokenId.length() > 64) {
			throw new IllegalArgumentException("A report needs the id of its form");
		}
		if ((referral != null) != (ReportChannel.ofSlug(portalSlug) == ReportChannel.EXCHANGE)
				|| ReportChannel.ofSlug(portalSlug) == ReportChannel.API) {
			throw new IllegalArgumentException("Only a referral is filed under the exchange's slug, and no form under the API's");
		}
		Map<String, CanonicalUrl> distinct = new LinkedHashMap<>();
		urls.forEach(url -> distinct.putIfAbsent(url.value(), url));
		urls = List.copyOf(distinct.values());
		if (urls.isEmpty() || urls.size() > MAX_URLS) {
			throw new IllegalArgumentException("A report has 1 to " + MAX_URLS + " addresses");
		}
		if (description != null) {
			// control characters other than line breaks and tabs are invisible, and the database keeps no NUL
			description = CONTROL.matcher(description).replaceAll("").strip();
			if (description.isEmpty()) {
				description = null;
			}
			else if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
				throw new IllegalArgumentException("A description has at most " + MAX_DESCRIPTION + " characters");
			}
		}
	}

	public ReportChannel channel() {
		return ReportChannel.ofSlug(portalSlug);
	}
}
