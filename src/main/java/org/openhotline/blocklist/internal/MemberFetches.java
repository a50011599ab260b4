package org.openhotline.blocklist.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each member's freshness: the last version it fetched and when, never where from. Written at
 * most once a minute per member and node while its version stays the same, so that a member
 * polling every few seconds costs no write each time.
 */
@Component
public class MemberFetches {

	private static final Duration REWRITE_AFTER = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<UUID, Recorded> recorded = new ConcurrentHashMap<>();

	MemberFetches(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private record Recorded(long version, Instant at) {
	}

	public void fetched(UUID organisation, long version) {
		Instant now = clock.instant();
		Recorded last = recorded.get(organisation);
		if (last != null && last.version() == version && last.at().plus(REWRITE_AFTER).isAfter(now)) {
			return;
		}
		jdbc.sql("""
				INSERT INTO list_member_fetch (organisation_id, last_version, last_fetched_at, first_fetched_at)
				VALUES (:org, :version, :now, :now)
				ON CONFLICT (organisation_id) DO UPDATE
				SET last_version = GREATEST(list_member_fetch.last_version, EXCLUDED.last_version),
				    last_fetched_at = EXCLUDED.last_fetched_at
				""")
			.param("org", organisation)
			.param("version", version)
			.param("now", Timestamp.from(now))
			.update();
		if (last == null || last.version() != version) {
			// the first fetch of each version, for the time from assessment to the members' lists
			jdbc.sql("UPDATE list_version SET first_fetched_at = :now WHERE version <= :version AND first_fetched_at IS NULL")
				.param("version", version)
				.param("now", Timestamp.from(now))
				.update();
		}
		recorded.put(organisation, new Recorded(version, now));
	}
}
