package org.openhotline.blocklist;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openhotline.organisations.OrganisationId;

/**
 * How fresh a member's copy of the list is.
 *
 * @param lastVersion the last version it fetched (the whole list, or the changes up to it); {@code null}: never
 * @param versionsBehind how many versions the current one is ahead of its copy (the current version when it never fetched)
 * @param stale it has never fetched, or not for longer than {@code openhotline.blocklist.stale-after}
 */
public record MemberFreshness(OrganisationId organisation, @Nullable Long lastVersion, @Nullable Instant lastFetchedAt,
		long versionsBehind, boolean stale) {

	public boolean neverFetched() {
		return lastFetchedAt == null;
	}
}
