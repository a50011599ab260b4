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
 */
public record SubmitReport(String formTokenId, String portalSlug, String language, List<CanonicalUrl> urls,
		ContentSeen contentSeen, FoundWhere foundWhere, @Nullable String description,
		@Nullable ContactDetails contact) {

	public static final int MAX_URLS = 10;

	public static final int MAX_DESCRIPTION = 2000;

	private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

	public SubmitReport {
		if (formTokenId.isBlank() || formTokenId.length() > 64) {
			throw new IllegalArgumentException("A report needs the id of its form");
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
}
