package org.openhotline.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A report was stored. Published through the event publication registry in the same
 * transaction, so that triage hears of every report even across a crash.
 * {@code seen} and {@code found} are absent from events stored before they were added;
 * {@code priority} (of the organisation that sent an API report; higher first) is 0 in them.
 * {@code portalSlug} is the portal's, or the slug of the report's {@link ReportChannel}; {@code sender}
 * names the organisation (report API) or partner hotline (exchange) that sent it, absent for a
 * portal's report and in events stored before it was added.
 */
public record ReportReceived(UUID reportId, String portalSlug, String language, Instant receivedAt,
		List<Item> items, @Nullable ContentSeen seen, @Nullable FoundWhere found,
		@JsonSetter(nulls = Nulls.AS_EMPTY) int priority, @Nullable String sender) {

	public ReportReceived {
		items = List.copyOf(items);
	}

	public ReportReceived(UUID reportId, String portalSlug, String language, Instant receivedAt, List<Item> items,
			@Nullable ContentSeen seen, @Nullable FoundWhere found, int priority) {
		this(reportId, portalSlug, language, receivedAt, items, seen, found, priority, null);
	}

	/** A report at the portal's priority (0), as every event stored before priorities were. */
	public ReportReceived(UUID reportId, String portalSlug, String language, Instant receivedAt, List<Item> items,
			@Nullable ContentSeen seen, @Nullable FoundWhere found) {
		this(reportId, portalSlug, language, receivedAt, items, seen, found, 0, null);
	}

	/** A report whose answers about what was seen and where are not told. */
	public ReportReceived(UUID reportId, String portalSlug, String language, Instant receivedAt, List<Item> items) {
		this(reportId, portalSlug, language, receivedAt, items, null, null);
	}

	public ReportChannel channel() {
		return ReportChannel.ofSlug(portalSlug);
	}

	/** One reported address in its canonical form. */
	public record Item(String canonicalUrl, String displayUrl, String host, @Nullable String registrableDomain,
			List<String> flags) {
	}
}
