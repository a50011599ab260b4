package org.openhotline.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhotline.statistics.internal.StatisticsListenerTests.portal;
import static org.openhotline.statistics.internal.StatisticsListenerTests.report;
import static org.openhotline.statistics.internal.StatisticsListenerTests.url;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.intake.ContentSeen;
import org.openhotline.intake.FoundWhere;
import org.openhotline.statistics.Breakdown;
import org.openhotline.statistics.Figures;
import org.openhotline.statistics.Granularity;
import org.openhotline.statistics.MonthFigures;
import org.openhotline.statistics.OfficeStatistics;
import org.openhotline.statistics.Period;
import org.openhotline.statistics.PublicFigures;
import org.openhotline.takedown.ContentRemoved;
import org.openhotline.takedown.FirstNoticeSent;
import org.openhotline.triage.CaseAssessed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The figures on PostgreSQL, per figure and per split: a portal with reports and cases
 * over three months of 2014 (Wednesday 2014-01-01 to 2014-03-31), its own portal so that no
 * other test's figures mix in; the overall figures in a year (2015) no other test uses.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class FigureQueriesTests {

	@Autowired
	Tally tally;

	@Autowired
	OfficeStatistics statistics;

	@Autowired
	PublicFigures publicFigures;

	private static Instant at(String time) {
		return Instant.parse(time);
	}

	/** Reports on Jan 1 (2, one in English), Jan 6 (1), Feb 10 (1); cases assessed, notified and removed later. */
	private String seeded() {
		String portal = portal();
		String a = url();
		String b = url();
		String c = url();
		tally.on(report(portal, at("2014-01-01T08:00:00Z"), ContentSeen.IMAGES, FoundWhere.WEBSITE, a, b));
		var english = report(portal, at("2014-01-01T23:30:00Z"), ContentSeen.VIDEOS, FoundWhere.EMAIL, a);
		tally.on(new org.openhotline.intake.ReportReceived(english.reportId(), portal, "en", english.receivedAt(),
				english.items(), english.seen(), english.found()));
		tally.on(report(portal, at("2014-01-06T12:00:00Z"), ContentSeen.IMAGES, FoundWhere.SOCIAL_NETWORK, c));
		tally.on(report(portal, at("2014-02-10T12:00:00Z"), ContentSeen.IMAGES, FoundWhere.WEBSITE, c));
		UUID caseA = UUID.randomUUID();
		UUID caseB = UUID.randomUUID();
		UUID caseC = UUID.randomUUID();
		// a: 4 h to assessment, 10 h to notice, 50 h to removal (Jan 3); b: 8 h, not illegal; c: 30 days later
		tally.on(assessed(caseA, a, "CSAM_A", true, "2014-01-01T08:00:00Z", "2014-01-01T12:00:00Z"));
		tally.on(assessed(caseB, b, "NOT_ILLEGAL", false, "2014-01-01T08:00:00Z", "2014-01-01T16:00:00Z"));
		tally.on(assessed(caseC, c, "CSAM_B", true, "2014-01-06T12:00:00Z", "2014-02-05T12:00:00Z"));
		tally.on(new FirstNoticeSent(caseA, a, at("2014-01-01T18:00:00Z")));
		tally.on(new FirstNoticeSent(caseC, c, at("2014-02-05T14:00:00Z")));
		tally.on(new ContentRemoved(caseA, a, at("2014-01-03T10:00:00Z"), "analyst-one"));
		tally.on(new ContentRemoved(caseC, c, at("2014-02-06T12:00:00Z"), "analyst-one"));
		return portal;
	}

	private static CaseAssessed assessed(UUID id, String url, String outcome, boolean action, String first, String when) {
		return new CaseAssessed(id, url, "example.com", "example.com", outcome, action ? "BASELINE" : "NOT_ILLEGAL",
				action, "default", 1, at(first), at(when));
	}

	@Test
	void byDayEveryDayIsThereWithItsCountsAndMedians() {
		String portal = seeded();
		Figures figures = statistics.figures(portal, LocalDate.parse("2014-01-01"), LocalDate.parse("2014-01-07"),
				Granularity.DAY);

		assertThat(figures.periods()).extracting(Period::start)
			.containsExactly(LocalDate.parse("2014-01-01"), LocalDate.parse("2014-01-02"), LocalDate.parse("2014-01-03"),
					LocalDate.parse("2014-01-04"), LocalDate.parse("2014-01-05"), LocalDate.parse("2014-01-06"),
					LocalDate.parse("2014-01-07"));
		Period first = figures.periods().get(0);
		assertThat(first.reports()).isEqualTo(2);
		assertThat(first.addresses()).isEqualTo(3);
		assertThat(first.cases()).isEqualTo(2);
		assertThat(first.assessed()).isEqualTo(2);
		assertThat(first.actionable()).isEqualTo(1);
		assertThat(first.shareActionable()).isEqualTo(0.5);
		assertThat(first.noticed()).isEqualTo(1);
		assertThat(first.medianToAssessment()).isEqualTo(Duration.ofHours(6));
		assertThat(first.medianToFirstNotice()).isEqualTo(Duration.ofHours(10));
		assertThat(first.medianToRemoval()).isNull();
		assertThat(figures.periods().get(1).reports()).isZero();
		assertThat(figures.periods().get(1).shareActionable()).isNull();
		assertThat(figures.periods().get(2).removed()).isEqualTo(1);
		assertThat(figures.periods().get(2).medianToRemoval()).isEqualTo(Duration.ofHours(50));
		assertThat(figures.periods().get(5).cases()).isEqualTo(1);

		assertThat(figures.total().reports()).isEqualTo(3);
		assertThat(figures.languages()).containsExactly(new Breakdown("fr", 2), new Breakdown("en", 1));
		assertThat(figures.seen()).containsExactly(new Breakdown("IMAGES", 2), new Breakdown("VIDEOS", 1));
		assertThat(figures.found()).containsExactly(new Breakdown("EMAIL", 1), new Breakdown("SOCIAL_NETWORK", 1),
				new Breakdown("WEBSITE", 1));
		assertThat(figures.outcomes()).containsExactly(new Breakdown("CSAM_A", 1), new Breakdown("NOT_ILLEGAL", 1));
	}

	@Test
	void byWeekWeeksStartOnMondayAndTheFirstHoldsTheDaysBeforeTheStart() {
		String portal = seeded();
		Figures figures = statistics.figures(portal, LocalDate.parse("2014-01-01"), LocalDate.parse("2014-01-12"),
				Granularity.WEEK);

		assertThat(figures.periods()).extracting(Period::start)
			.containsExactly(LocalDate.parse("2013-12-30"), LocalDate.parse("2014-01-06"));
		assertThat(figures.periods()).extracting(Period::reports).containsExactly(2L, 1L);
		assertThat(figures.periods()).extracting(Period::removed).containsExactly(1L, 0L);
		assertThat(figures.periods().get(0).medianToRemoval()).isEqualTo(Duration.ofHours(50));
	}

	@Test
	void byMonthWithMediansPerMonthAndOverThePeriod() {
		String portal = seeded();
		Figures figures = statistics.figures(portal, LocalDate.parse("2014-01-01"), LocalDate.parse("2014-03-31"),
				Granularity.MONTH);

		assertThat(figures.periods()).extracting(Period::start)
			.containsExactly(LocalDate.parse("2014-01-01"), LocalDate.parse("2014-02-01"), LocalDate.parse("2014-03-01"));
		assertThat(figures.periods()).extracting(Period::reports).containsExactly(3L, 1L, 0L);
		assertThat(figures.periods()).extracting(Period::assessed).containsExactly(2L, 1L, 0L);
		assertThat(figures.periods()).extracting(Period::actionable).containsExactly(1L, 1L, 0L);
		assertThat(figures.periods()).extracting(Period::removed).containsExactly(1L, 1L, 0L);
		assertThat(figures.periods().get(1).medianToRemoval()).isEqualTo(Duration.ofDays(31));
		assertThat(figures.total().assessed()).isEqualTo(3);
		assertThat(figures.total().medianToAssessment()).isEqualTo(Duration.ofHours(8));
		// (50 h + 744 h) / 2
		assertThat(figures.total().medianToRemoval()).isEqualTo(Duration.ofHours(397));
		assertThat(figures.outcomes()).containsExactly(new Breakdown("CSAM_A", 1), new Breakdown("CSAM_B", 1),
				new Breakdown("NOT_ILLEGAL", 1));
	}

	@Test
	void publicFiguresGiveEveryMonthInOrderAtMostTwentyFour() {
		String portal = seeded();

		List<MonthFigures> months = publicFigures.monthly(portal, YearMonth.parse("2013-12"), YearMonth.parse("2014-03"));

		assertThat(months).containsExactly(new MonthFigures(YearMonth.parse("2013-12"), 0, 0, 0, 0, null),
				new MonthFigures(YearMonth.parse("2014-01"), 3, 2, 1, 1, Duration.ofHours(50)),
				new MonthFigures(YearMonth.parse("2014-02"), 1, 1, 1, 1, Duration.ofDays(31)),
				new MonthFigures(YearMonth.parse("2014-03"), 0, 0, 0, 0, null));
		assertThat(publicFigures.monthly(portal, YearMonth.parse("2010-01"), YearMonth.parse("2014-03")))
			.hasSize(24)
			.first()
			.extracting(MonthFigures::month)
			.isEqualTo(YearMonth.parse("2012-04"));
	}

	@Test
	void overallAddsEveryPortal() {
		String one = portal();
		String two = portal();
		tally.on(report(one, at("2015-06-01T10:00:00Z"), ContentSeen.IMAGES, FoundWhere.WEBSITE, url()));
		tally.on(report(two, at("2015-06-02T10:00:00Z"), ContentSeen.OTHER, FoundWhere.WEBSITE, url(), url()));

		Figures all = statistics.figures(null, LocalDate.parse("2015-06-01"), LocalDate.parse("2015-06-30"), Granularity.MONTH);

		assertThat(all.total().reports()).isEqualTo(2);
		assertThat(all.total().addresses()).isEqualTo(3);
		assertThat(all.seen()).containsExactly(new Breakdown("IMAGES", 1), new Breakdown("OTHER", 1));
	}

	@Test
	void aReversedOrTooLongPeriodIsRefused() {
		assertThatThrownBy(() -> statistics.figures(null, LocalDate.parse("2014-02-01"), LocalDate.parse("2014-01-01"),
				Granularity.DAY)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> statistics.figures(null, LocalDate.parse("2013-01-01"), LocalDate.parse("2014-12-31"),
				Granularity.DAY)).isInstanceOf(IllegalArgumentException.class);
	}
}
