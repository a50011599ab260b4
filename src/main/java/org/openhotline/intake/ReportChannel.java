package org.openhotline.intake;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * How a report came: through a portal, the report API or the hotline exchange. A report
 * of a channel other than a portal is filed under the channel's slug where a portal's slug
 * would be (cases, statistics), so no portal may ever take one of these slugs.
 */
public enum ReportChannel {

	PORTAL(null), API("api"), EXCHANGE("exchange");

	private final @Nullable String slug;

	ReportChannel(@Nullable String slug) {
		this.slug = slug;
	}

	/** The slug the channel's reports are filed under; a portal's report has its portal's. */
	public String slug() {
		if (slug == null) {
			throw new IllegalStateException("a portal's reports have their portal's slug");
		}
		return slug;
	}

	/** The channel of a report filed under this slug: a channel's own, else a portal. */
	public static ReportChannel ofSlug(String filedUnder) {
		return channelOf(filedUnder).orElse(PORTAL);
	}

	/** The channel that files its reports under this slug, if one does. */
	public static Optional<ReportChannel> channelOf(String filedUnder) {
		return Arrays.stream(values()).filter(c -> filedUnder.equals(c.slug)).findFirst();
	}

	/** The slugs the channels file their reports under: no portal may have one. */
	public static Set<String> slugs() {
		return Arrays.stream(values()).filter(c -> c.slug != null).map(ReportChannel::slug).collect(Collectors.toUnmodifiableSet());
	}
}
