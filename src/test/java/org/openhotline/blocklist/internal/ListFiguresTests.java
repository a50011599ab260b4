package org.openhotline.blocklist.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.blocklist.ListFigures;
import org.openhotline.blocklist.ListPeriodFigures;
import org.openhotline.blocklist.MemberFreshness;
import org.openhotline.organisations.OrganisationId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.openhotline.tracing.HostingFixtures;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The back office's figures of the list, on PostgreSQL: each member's freshness from its fetch
 * record (made-up organisations: the figures need no directory entry), the changes per day and
 * the median time from assessment to a member's first fetch, over explicit times.
 */
class ListFiguresTests extends HostingFixtures {

	@Autowired
	ListFigures figures;

	@Autowired
	ListStore store;

	@Autowired
	BlocklistProperties properties;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMemberIsBehindByTheVersionsItHasNotFetchedAndStaleWhenItHasNotFetchedForLong() {
		for (int i = 0; i < 2; i++) {
			UUID caseId = assessedAsIllegal(events, transactions, "fresh.example.com", "example.com");
			await().atMost(Duration.ofSeconds(20)).until(() -> store.entry(caseId).isPresent());
		}
		long current = store.head().version();
		Instant now = clock.instant();
		OrganisationId upToDate = new OrganisationId(UUID.randomUUID());
		OrganisationId behind = new OrganisationId(UUID.randomUUID());
		OrganisationId stale = new OrganisationId(UUID.randomUUID());
		OrganisationId never = new OrganisationId(UUID.randomUUID());
		Duration staleAfter = properties.staleAfter();
		fetched(upToDate, current, now.minus(Duration.ofMinutes(5)));
		fetched(behind, current - 2, now.minus(staleAfter).plus(Duration.ofMinutes(10)));
		fetched(stale, current - 1, now.minus(staleAfter).minus(Duration.ofMinutes(10)));

		List<MemberFreshness> freshness = figures.freshness(List.of(never, stale, upToDate, behind));

		assertThat(freshness).extracting(MemberFreshness::organisation).containsExactly(never, stale, upToDate, behind);
		// a version another test's events make meanwhile puts every member one further behind
		long meanwhile = freshness.get(2).versionsBehind();
		assertThat(meanwhile).isNotNegative();
		assertThat(freshness).extracting(MemberFreshness::versionsBehind)
			.containsExactly(current + meanwhile, 1 + meanwhile, meanwhile, 2 + meanwhile);
		assertThat(freshness).extracting(MemberFreshness::stale).containsExactly(true, true, false, false);
		assertThat(freshness).extracting(MemberFreshness::neverFetched).containsExactly(true, false, false, false);
		assertThat(freshness.get(0).lastVersion()).isNull();
		assertThat(freshness.get(3).lastVersion()).isEqualTo(current - 2);
		assertThat(figures.freshness(List.of())).isEmpty();
	}

	@Test
	@Transactional
	void thePeriodCountsTheChangesPerDayAndTheMedianTimeFromAssessmentToTheFirstFetch() {
		// versions of a past period (negative numbers, never the list's own), rolled back after the test
		version(-101, "2001-03-01T09:00:00Z", 3, 0, "2001-03-01T10:00:30Z");
		version(-102, "2001-03-01T23:59:59Z", 1, 1, "2001-03-01T10:02:00Z");
		version(-103, "2001-03-03T00:00:00Z", 0, 2, "2001-03-03T09:10:00Z");
		version(-104, "2001-03-04T12:00:00Z", 1, 0, null);
		version(-105, "2001-03-05T00:00:00Z", 9, 9, "2001-03-05T06:00:00Z");
		entry(-101, "2001-03-01T10:00:00Z", "2001-03-01T10:00:05Z"); // 30 s to the first fetch
		entry(-102, "2001-03-01T10:00:00Z", "2001-03-01T10:01:00Z"); // 120 s
		entry(-103, "2001-03-03T09:00:00Z", "2001-03-03T09:00:01Z"); // 600 s
		entry(-104, "2001-03-04T11:00:00Z", "2001-03-04T12:00:00Z"); // not fetched yet
		entry(-105, "2001-03-04T00:00:00Z", "2001-03-05T00:00:00Z"); // listed after the period: 30 h

		ListPeriodFigures period = figures.period(LocalDate.parse("2001-03-01"), LocalDate.parse("2001-03-04"));

		assertThat(period.days()).extracting(ListPeriodFigures.Day::day, ListPeriodFigures.Day::additions,
				ListPeriodFigures.Day::removals)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2001-03-01"), 4L, 1L),
					org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2001-03-02"), 0L, 0L),
					org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2001-03-03"), 0L, 2L),
					org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2001-03-04"), 1L, 0L));
		assertThat(period.additions()).isEqualTo(5);
		assertThat(period.removals()).isEqualTo(3);
		assertThat(period.listedInPeriod()).isEqualTo(4);
		assertThat(period.fetchedInPeriod()).isEqualTo(3);
		assertThat(period.medianToFirstFetch()).isEqualTo(Duration.ofSeconds(120));

		ListPeriodFigures quiet = figures.period(LocalDate.parse("2001-02-01"), LocalDate.parse("2001-02-02"));
		assertThat(quiet.days()).hasSize(2).allMatch(d -> d.additions() == 0 && d.removals() == 0);
		assertThat(quiet.medianToFirstFetch()).isNull();
		assertThat(quiet.listedInPeriod()).isZero();
	}

	@Test
	void theCurrentManifestIsTheHeadVersion() {
		assertThat(figures.current()).get().satisfies(manifest -> {
			assertThat(manifest.version()).isPositive().isLessThanOrEqualTo(store.head().version());
			assertThat(manifest.checksum()).hasSize(64);
		});
	}

	private void fetched(OrganisationId organisation, long version, Instant at) {
		jdbc.sql("""
				INSERT INTO list_member_fetch (organisation_id, last_version, last_fetched_at, first_fetched_at)
				VALUES (:org, :version, :at, :at)
				""")
			.param("org", organisation.value())
			.param("version", version)
			.param("at", Timestamp.from(at))
			.update();
	}

	private void version(long version, String createdAt, int additions, int removals, String firstFetchedAt) {
		jdbc.sql("""
				INSERT INTO list_version (version, checksum, entries, additions, removals, created_at, manifest, signature,
				    key_id, first_fetched_at)
				VALUES (:version, sha256(''::bytea), 0, :additions, :removals, :created, '{}', '', 'test', :fetched)
				""")
			.param("version", version)
			.param("additions", additions)
			.param("removals", removals)
			.param("created", Timestamp.from(Instant.parse(createdAt)))
			.param("fetched", firstFetchedAt == null ? null : Timestamp.from(Instant.parse(firstFetchedAt)))
			.update();
	}

	private void entry(long version, String assessedAt, String listedAt) {
		UUID caseId = UUID.randomUUID();
		String expression = "figures.example.com/" + caseId;
		jdbc.sql("""
				INSERT INTO list_entry (case_id, url, host, url_expression, scope, category, status, hash, assessed_at,
				    listed_at, listed_version, ended_at, ended_version, end_reason, ended_by)
				VALUES (:id, :url, 'figures.example.com', :expression, 'URL', 'BASELINE', 'REMOVED', sha256(:bytes),
				    :assessed, :listed, :version, :listed, :version, 'content removed', 'test')
				""")
			.param("id", caseId)
			.param("url", "https://" + expression)
			.param("expression", expression)
			.param("bytes", expression.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.param("assessed", Timestamp.from(Instant.parse(assessedAt)))
			.param("listed", Timestamp.from(Instant.parse(listedAt)))
			.param("version", version)
			.update();
	}
}
