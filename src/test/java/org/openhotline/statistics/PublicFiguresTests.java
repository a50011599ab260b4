package org.openhotline.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.openhotline.MutableClock;

/** The public figures are added up once per portal and period for a while, not at every visit. */
class PublicFiguresTests {

	@Test
	void aPortalsMonthsAreAddedUpOnceForTenMinutes() {
		OfficeStatistics statistics = mock(OfficeStatistics.class, RETURNS_DEEP_STUBS);
		MutableClock clock = new MutableClock(Instant.parse("2026-12-01T06:00:00Z"));
		PublicFigures figures = new PublicFigures(statistics, clock);
		YearMonth from = YearMonth.parse("2025-12");
		YearMonth to = YearMonth.parse("2026-11");

		figures.monthly("ml", from, to);
		figures.monthly("ml", from, to);
		clock.advance(Duration.ofMinutes(9));
		figures.monthly("ml", from, to);
		verify(statistics, times(1)).figures(eq("ml"), any(), any(), any());

		figures.monthly("mr", from, to);
		verify(statistics, times(1)).figures(eq("mr"), any(), any(), any());

		clock.advance(PublicFigures.KEPT);
		figures.monthly("ml", from, to);
		verify(statistics, times(2)).figures(eq("ml"), any(), any(), any());
		assertThat(figures.monthly("ml", to, from)).isEmpty();
	}
}
