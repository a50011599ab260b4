package org.openhotline.blocklist.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the list's figures and of its members' freshness; read only. */
@Repository
public class FiguresStore {

	private final JdbcClient jdbc;

	FiguresStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long listedEntries() {
		return jdbc.sql("SELECT count(*) FROM list_entry WHERE status = 'LISTED'").query(Long.class).single();
	}

	/** The additions and removals of the versions made in {@code [from, to)}, by UTC day; days without a version are left out. */
	public List<DayCount> changesPerDay(Instant from, Instant to) {
		return jdbc.sql("""
				SELECT (created_at AT TIME ZONE 'UTC')::date AS day, sum(additions), sum(removals)
				FROM list_version WHERE created_at >= :from AND created_at < :to
				GROUP BY 1 ORDER BY 1
				""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	public record DayCount(LocalDate day, long additions, long removals) {
	}

	/**
	 * Of the entries listed in {@code [from, to)}: how many, how many of them a member has
	 * fetched (the version that carried each, or a later one), and the median time from
	 * assessment to that first fetch.
	 */
	public ToFirstFetch toFirstFetch(Instant from, Instant to) {
		return jdbc.sql("""
				SELECT count(*), count(v.first_fetched_at),
				    percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM v.first_fetched_at - e.assessed_at))
				FROM list_entry e LEFT JOIN list_version v ON v.version = e.listed_version
				WHERE e.listed_at >= :from AND e.listed_at < :to
				""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> {
				double seconds = rs.getDouble(3);
				Duration median = rs.wasNull() ? null : Duration.ofMillis(Math.round(Math.max(0, seconds) * 1000));
				return new ToFirstFetch(rs.getLong(1), rs.getLong(2), median);
			})
			.single();
	}

	public record ToFirstFetch(long listed, long fetched, @Nullable Duration median) {
	}

	/** The fetch records of these organisations; one without a record never fetched. */
	public List<Fetch> fetches(Collection<UUID> organisations) {
		if (organisations.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT organisation_id, last_version, last_fetched_at FROM list_member_fetch
				WHERE organisation_id IN (:ids)
				""")
			.param("ids", organisations)
			.query((rs, n) -> new Fetch(rs.getObject(1, UUID.class), rs.getLong(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	public record Fetch(UUID organisation, long lastVersion, Instant lastFetchedAt) {
	}
}
