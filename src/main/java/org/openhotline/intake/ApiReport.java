package org.openhotline.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.intake.url.CanonicalUrl;

/**
 * A report an organisation sends through the report API, its addresses already canonicalised.
 *
 * @param organisationId the sending organisation (of the organisations module)
 * @param organisationName its name now: shown to analysts beside the report
 * @param organisationReference the organisation's own reference for the report
 * @param urls one to a hundred canonical addresses; the same address twice counts once
 * @param priority the organisation's place in the queue (higher first; the portal's is 0)
 */
public record ApiReport(UUID organisationId, String organisationName, String organisationReference,
		List<CanonicalUrl> urls, ContentSeen contentSeen, FoundWhere foundWhere, @Nullable String notes, int priority) {

	public static final int MAX_URLS = 100;

	public static final int MAX_NOTES = 4000;

	public static final int MAX_REFERENCE = 100;

	private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

	/** The text as a report keeps it: without control characters other than line breaks and tabs, stripped. */
	public static String withoutControls(String text) {
		return CONTROL.matcher(text).replaceAll("").strip();
	}

	public ApiReport {
		Map<String, CanonicalUrl> distinct = new LinkedHashMap<>();
		urls.forEach(url -> distinct.putIfAbsent(url.value(), url));
		urls = List.copyOf(distinct.values());
		if (urls.isEmpty() || urls.size() > MAX_URLS) {
			throw new IllegalArgumentException("A report has 1 to " + MAX_URLS + " addresses");
		}
		organisationReference = CONTROL.matcher(organisationReference).replaceAll("").strip();
		if (organisationReference.isEmpty() || organisationReference.length() > MAX_REFERENCE) {
			throw new IllegalArgumentException("A reference has 1 to " + MAX_REFERENCE + " characters");
		}
		if (notes != null) {
			notes = CONTROL.matcher(notes).replaceAll("").strip();
			if (notes.isEmpty()) {
				notes = null;
			}
			else if (notes.codePointCount(0, notes.length()) > MAX_NOTES) {
				throw new IllegalArgumentException("Notes have at most " + MAX_NOTES + " characters");
			}
		}
	}
}
