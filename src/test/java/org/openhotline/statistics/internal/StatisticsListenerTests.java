package org.openhotline.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.intake.ContentSeen;
import org.openhotline.intake.FoundWhere;
import org.openhotline.intake.ReportReceived;
import org.openhotline.statistics.Breakdown;
import org.openhotline.statistics.Figures;
import org.openhotline.statistics.Granularity;
import org.openhotline.statistics.OfficeStatistics;
import org.openhotline.takedown.ContentRemoved;
import org.openhotline.takedown.FirstNoticeSent;
import org.openhotline.triage.CaseAssessed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * Statistics as a module: each event is counted once into the module's own tables, however
 * often it is delivered; a case counts for the portal of the report that first named its address.
 * Each test has its own portal, so the figures of other tests never mix in.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class StatisticsListenerTests {

	private static final Instant RECEIVED = Instant.parse("2013-05-06T10:00:00Z");

	private static final LocalDate DAY = LocalDate.parse("2013-05-06");

	@Autowired
	Tally tally;

	@Autowired
	OfficeStatistics statistics;

	@Autowired
	EventSerializer serializer;

	@Test
	void aReportIsCountedOnceWithWhatWasSeenWhereAndInWhichLanguage(Scenario scenario) {
		String portal = portal();
		ReportReceived report = report(portal, RECEIVED, ContentSeen.VIDEOS, FoundWhere.SOCIAL_NETWORK, url(), url());

		scenario.publish(report)
			.andWaitForStateChange(() -> day(portal).total().reports(), reports -> reports == 1)
			.andVerify(reports -> assertThat(reports).isEqualTo(1));
		// redelivered (a crash before the publication was marked complete): nothing more
		tally.on(report);

		Figures figures = day(portal);
		assertThat(figures.total().reports()).isEqualTo(1);
		assertThat(figures.total().addresses()).isEqualTo(2);
		assertThat(figures.total().cases()).isEqualTo(2);
		assertThat(figures.languages()).containsExactly(new Breakdown("fr", 1));
		assertThat(figures.seen()).containsExactly(new Breakdown("VIDEOS", 1));
		assertThat(figures.found()).containsExactly(new Breakdown("SOCIAL_NETWORK", 1));
		assertThat(statistics.portals()).contains(portal);
	}

	@Test
	void aRepeatedAddressIsNoNewCaseAndAnOldEventWithoutAnswersStillCounts(Scenario scenario) {
		String portal = portal();
		String url = url();
		tally.on(report(portal, RECEIVED, ContentSeen.IMAGES, FoundWhere.WEBSITE, url));
		// an event stored before ReportReceived told what was seen and where
		ReportReceived old = new ReportReceived(UUID.randomUUID(), portal, "ar", RECEIVED,
				List.of(new ReportReceived.Item(url, url, "example.com", "example.com", List.of())));
		scenario.publish(old)
			.andWaitForStateChange(() -> day(portal).total().reports(), reports -> reports == 2)
			.andVerify(reports -> assertThat(reports).isEqualTo(2));

		Figures figures = day(portal);
		assertThat(figures.total().addresses()).isEqualTo(2);
		assertThat(figures.total().cases()).isEqualTo(1);
		assertThat(figures.languages()).containsExactly(new Breakdown("ar", 1), new Breakdown("fr", 1));
		assertThat(figures.seen()).containsExactly(new Breakdown("IMAGES", 1));
	}

	@Test
	void aCaseCountsForThePortalThatFirstNamedItsAddressOnceAtEachStep(Scenario scenario) {
		String first = portal();
		String later = portal();
		String url = url();
		UUID caseId = UUID.randomUUID();
		tally.on(report(first, RECEIVED, ContentSeen.IMAGES, FoundWhere.WEBSITE, url));
		tally.on(report(later, RECEIVED.plusSeconds(60), ContentSeen.IMAGES, FoundWhere.WEBSITE, url));

		CaseAssessed assessed = new CaseAssessed(caseId, url, "example.com", "example.com", "CSAM_A", "BASELINE", true,
				"default", 1, RECEIVED, RECEIVED.plus(Duration.ofHours(2)));
		FirstNoticeSent notice = new FirstNoticeSent(caseId, url, RECEIVED.plus(Duration.ofHours(5)));
		ContentRemoved removed = new ContentRemoved(caseId, url, RECEIVED.plus(Duration.ofHours(29)), "analyst-one");
		scenario.publish(assessed).andWaitForStateChange(() -> day(first).total().assessed(), n -> n == 1)
			.andVerify(n -> assertThat(n).isEqualTo(1));
		scenario.publish(notice).andWaitForStateChange(() -> day(first).total().noticed(), n -> n == 1)
			.andVerify(n -> assertThat(n).isEqualTo(1));
		scenario.publish(removed).andWaitForStateChange(() -> twoDays(first).total().removed(), n -> n == 1)
			.andVerify(n -> assertThat(n).isEqualTo(1));
		// every event again, and a later assessment of the same case: counted once
		tally.on(assessed);
		tally.on(notice);
		tally.on(removed);
		tally.on(new CaseAssessed(caseId, url, "example.com", "example.com", "NOT_ILLEGAL", "NOT_ILLEGAL", false,
				"default", 1, RECEIVED, RECEIVED.plus(Duration.ofHours(3))));

		Figures figures = twoDays(first);
		assertThat(figures.total().assessed()).isEqualTo(1);
		assertThat(figures.total().actionable()).isEqualTo(1);
		assertThat(figures.total().noticed()).isEqualTo(1);
		assertThat(figures.total().removed()).isEqualTo(1);
		assertThat(figures.outcomes()).containsExactly(new Breakdown("CSAM_A", 1));
		assertThat(figures.total().medianToAssessment()).isEqualTo(Duration.ofHours(2));
		assertThat(figures.total().medianToFirstNotice()).isEqualTo(Duration.ofHours(5));
		assertThat(figures.total().medianToRemoval()).isEqualTo(Duration.ofHours(29));
		Figures other = twoDays(later);
		assertThat(other.total().reports()).isEqualTo(1);
		assertThat(other.total().cases()).isZero();
		assertThat(other.total().assessed()).isZero();
		assertThat(other.total().removed()).isZero();
	}

	/** Events of different modules may be heard out of order: a removal before its case's assessment still counts. */
	@Test
	void aRemovalHeardBeforeTheAssessmentGetsItsDurationOnceTheAssessmentArrives() {
		String portal = portal();
		String url = url();
		UUID caseId = UUID.randomUUID();
		tally.on(report(portal, RECEIVED, ContentSeen.IMAGES, FoundWhere.WEBSITE, url));
		tally.on(new ContentRemoved(caseId, url, RECEIVED.plus(Duration.ofHours(10)), "analyst-one"));
		tally.on(new FirstNoticeSent(caseId, url, RECEIVED.plus(Duration.ofHours(6))));
		assertThat(day(portal).total().medianToRemoval()).isNull();

		tally.on(new CaseAssessed(caseId, url, "example.com", "example.com", "CSAM_A", "BASELINE", true, "default", 1,
				RECEIVED, RECEIVED.plus(Duration.ofHours(1))));

		Figures figures = day(portal);
		assertThat(figures.total().removed()).isEqualTo(1);
		assertThat(figures.total().medianToAssessment()).isEqualTo(Duration.ofHours(1));
		assertThat(figures.total().medianToFirstNotice()).isEqualTo(Duration.ofHours(6));
		assertThat(figures.total().medianToRemoval()).isEqualTo(Duration.ofHours(10));
	}

	/** A ReportReceived stored by the registry before it told what was seen and where (and its priority) is still read. */
	@Test
	void aReportEventStoredBeforeTheAnswersWereAddedIsStillRead() {
		ReportReceived report = report(portal(), RECEIVED, ContentSeen.IMAGES, FoundWhere.EMAIL, url());
		String stored = (String) serializer.serialize(report);
		// nor what priority the sending organisation had (issue 16): 0, as the portal's
		String old = stored.replace(",\"seen\":\"IMAGES\"", "").replace(",\"found\":\"EMAIL\"", "")
			.replace(",\"priority\":0", "");
		assertThat(old).isNotEqualTo(stored).doesNotContain("IMAGES", "EMAIL", "priority");

		assertThat(serializer.deserialize(stored, ReportReceived.class)).isEqualTo(report);
		assertThat(serializer.deserialize(old, ReportReceived.class)).isEqualTo(new ReportReceived(report.reportId(),
				report.portalSlug(), report.language(), report.receivedAt(), report.items()));
	}

	private Figures day(String portal) {
		return statistics.figures(portal, DAY, DAY, Granularity.DAY);
	}

	private Figures twoDays(String portal) {
		return statistics.figures(portal, DAY, DAY.plusDays(1), Granularity.DAY);
	}

	static String portal() {
		return "t" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String url() {
		return "https://example.com/stats/" + UUID.randomUUID();
	}

	static ReportReceived report(String portal, Instant at, ContentSeen seen, FoundWhere found, String... urls) {
		return new ReportReceived(UUID.randomUUID(), portal, "fr", at,
				java.util.Arrays.stream(urls)
					.map(u -> new ReportReceived.Item(u, u, "example.com", "example.com", List.of()))
					.toList(),
				seen, found);
	}
}
