package org.openhotline.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.intake.ContentSeen;
import org.openhotline.intake.FoundWhere;
import org.openhotline.intake.ReportReceived;
import org.openhotline.statistics.Granularity;
import org.openhotline.statistics.OfficeStatistics;
import org.openhotline.triage.CaseAssessed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The office statistics page and its CSV, from events published as the other modules
 * publish them: charts are images with a title and a description, each table's CSV has the
 * table's cells, and a portal partner sees its portal only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StatisticsPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	OfficeStatistics statistics;

	@Test
	void chartsAreDescribedImagesAndEveryTablesCsvHasItsFigures() throws Exception {
		String portal = "p" + UUID.randomUUID().toString().substring(0, 8);
		String url = "https://example.com/page/" + UUID.randomUUID();
		Instant first = Instant.parse("2016-03-01T09:00:00Z");
		publish(report(portal, "fr", first, ContentSeen.IMAGES, FoundWhere.WEBSITE, url));
		publish(report(portal, "ar", first.plus(Duration.ofDays(8)), ContentSeen.VIDEOS, FoundWhere.EMAIL,
				"https://example.com/page/" + UUID.randomUUID()));
		// a language code a spreadsheet would run as a formula
		publish(report(portal, "@SUM(1)", first.plus(Duration.ofDays(9)), ContentSeen.OTHER, FoundWhere.OTHER,
				"https://example.com/page/" + UUID.randomUUID()));
		publish(new CaseAssessed(UUID.randomUUID(), url, "example.com", "example.com", "CSAM_A", "BASELINE", true,
				"default", 1, first, first.plus(Duration.ofHours(3))));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> statistics.figures(portal, LocalDate.parse("2016-03-01"), LocalDate.parse("2016-03-31"),
					Granularity.MONTH).total().assessed() == 1
					&& statistics.figures(portal, LocalDate.parse("2016-03-01"), LocalDate.parse("2016-03-31"),
							Granularity.MONTH).total().reports() == 3);
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Stats Analyst", administration, enrolment, clock);
		String query = "portal=" + portal + "&from=2016-03-01&to=2016-03-20&granularity=WEEK";

		HttpResponse<String> page = analyst.get("/office/statistics?" + query);

		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		for (String table : StatisticsView.TABLES) {
			String svg = between(body, "<svg id=\"chart-" + table + "\"", "</svg>");
			assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"chart-" + table + "-title chart-" + table + "-desc\"",
					"<title id=\"chart-" + table + "-title\">", "<desc id=\"chart-" + table + "-desc\">");
			// the table comes right after its chart, in a frame that scrolls it on a narrow screen
			assertThat(body.substring(body.indexOf(svg) + svg.length()).stripLeading())
				.containsPattern("^</svg>\\s*<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"heading-"
						+ table + "\">\\s*<table id=\"table-" + table + "\"");
			List<List<String>> cells = htmlTable(body, table);
			HttpResponse<String> csv = analyst.get("/office/statistics.csv?table=" + table + "&" + query);
			assertThat(csv.statusCode()).isEqualTo(200);
			assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
			assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
				.contains(".csv");
			assertThat(csvCells(csv.body())).as(table).isEqualTo(cells);
		}
		// weeks from Monday: Feb 29, Mar 7, Mar 14; then the total
		List<List<String>> timeline = htmlTable(body, "timeline");
		assertThat(timeline).extracting(row -> row.get(0))
			.containsExactly("Period", "2016-W09", "2016-W10", "2016-W11", "Total");
		assertThat(timeline.get(1).subList(1, 7)).containsExactly("1", "1", "1", "1", "1", "100%");
		assertThat(timeline.get(1).get(9)).isEqualTo("3.0");
		assertThat(timeline.get(2).get(1)).isEqualTo("2");
		assertThat(timeline.get(4).get(1)).isEqualTo("3");
		assertThat(htmlTable(body, "seen")).contains(List.of("Images", "1", "33%"));
		assertThat(body).contains("<desc id=\"chart-timeline-desc\">Bar chart: 3 reports from 2016-03-01 to 2016-03-20");
		assertThat(analyst.get("/office/statistics.csv?table=languages&" + query).body()).contains("'@SUM(1)")
			.contains("\r\n");
	}

	/**
	 * Reports of the report API and of the exchange are counted under their channel, which the
	 * filter offers and the page names in words, apart from the portals and never as one.
	 */
	@Test
	void theReportApiAndTheExchangeAreCountedAsChannelsNotAsPortals() {
		Instant at = Instant.parse("2016-05-02T09:00:00Z");
		publish(report("api", "en", at, ContentSeen.IMAGES, FoundWhere.WEBSITE, "https://example.com/api/" + UUID.randomUUID()));
		publish(report("exchange", "en", at, ContentSeen.NOT_SURE, FoundWhere.OTHER,
				"https://example.com/exchange/" + UUID.randomUUID()));
		await().atMost(Duration.ofSeconds(60)).until(() -> statistics.portals().containsAll(List.of("api", "exchange")));
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Stats Analyst", administration, enrolment, clock);

		String page = analyst.get("/office/statistics?portal=exchange&from=2016-05-01&to=2016-05-31").body();

		String portals = between(page, "<optgroup label=\"Portals\">", "</optgroup>");
		assertThat(portals).doesNotContain("value=\"api\"", "value=\"exchange\"");
		String channels = between(page, "<optgroup label=\"Channels (not portals)\">", "</optgroup>");
		assertThat(channels).containsPattern("<option value=\"api\">Report API</option>")
			.containsPattern("<option value=\"exchange\" selected=\"selected\">Hotline exchange</option>");
		assertThat(page).contains("Hotline exchange (a channel, not a portal), from 2016-05-01 to 2016-05-31.")
			.doesNotContain("Portal exchange");
		assertThat(htmlTable(page, "timeline")).extracting(row -> row.get(0)).contains("Total");
		assertThat(analyst.get("/office/statistics.csv?table=timeline&portal=api&from=2016-05-01&to=2016-05-31").statusCode())
			.isEqualTo(200);

		// a portal partner sees portals only, even when its account names a channel's slug
		OfficeHttp partner = StaffSignIn.signedIn(port, Role.PORTAL_PARTNER, "Stats Partner", List.of("exchange", "ml"),
				administration, enrolment, clock);
		assertThat(partner.get("/office/statistics?portal=exchange").statusCode()).isEqualTo(403);
		assertThat(partner.get("/office/statistics.csv?table=seen&portal=exchange").statusCode()).isEqualTo(403);
		assertThat(partner.get("/office/statistics").body()).contains("<option value=\"ml\" selected=\"selected\">ml</option>")
			.doesNotContain("value=\"exchange\"");
	}

	@Test
	void aPartnerSeesItsOwnPortalOnlyAndStartsThere() {
		OfficeHttp partner = StaffSignIn.signedIn(port, Role.PORTAL_PARTNER, "Stats Partner", administration, enrolment, clock);

		HttpResponse<String> own = partner.get("/office/statistics");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("<option value=\"ml\" selected=\"selected\">ml</option>")
			.doesNotContain("<option value=\"\"");
		assertThat(partner.get("/office/statistics?portal=sn").statusCode()).isEqualTo(403);
		assertThat(partner.get("/office/statistics.csv?table=seen&portal=sn").statusCode()).isEqualTo(403);
		assertThat(partner.get("/office/statistics.csv?table=seen").body()).startsWith("What was seen,Reports,Share");
	}

	@Test
	void aReversedPeriodSaysSoAndShowsTheLastTwelveMonths() {
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Stats Analyst", administration, enrolment, clock);

		HttpResponse<String> page = analyst.get("/office/statistics?from=2016-03-01&to=2016-01-01&granularity=DAY");

		assertThat(page.statusCode()).isEqualTo(200);
		LocalDate today = LocalDate.now(clock);
		assertThat(page.body()).contains("id=\"error-summary\"", "href=\"#from\"",
				"All portals and channels, from " + today.minusMonths(11).withDayOfMonth(1) + " to " + today);
		assertThat(page.body()).as("what was asked stays in the filters")
			.contains("value=\"2016-03-01\"", "value=\"2016-01-01\"", "option value=\"DAY\" selected=\"selected\"");
		assertThat(analyst.get("/office/statistics.csv?from=2016-03-01&to=2016-01-01").statusCode()).isEqualTo(400);
	}

	@Test
	void filtersWithSeveralMistakesSayEveryErrorBesideTheFieldsAndKeepWhatWasTyped() {
		OfficeHttp analyst = StaffSignIn.signedIn(port, Role.ANALYST, "Stats Analyst", administration, enrolment, clock);

		HttpResponse<String> page = analyst.get("/office/statistics?from=yesterday&to=2016-02-31&granularity=FORTNIGHT");

		assertThat(page.statusCode()).as("the page still answers, with the last twelve months").isEqualTo(200);
		String form = page.body().substring(page.body().indexOf("<form method=\"get\""));
		form = form.substring(0, form.indexOf("</form>"));
		assertThat(form.indexOf("id=\"error-summary\"")).as("the summary first in the form").isPositive()
			.isLessThan(form.indexOf("<select"));
		for (String field : List.of("from", "to", "granularity")) {
			assertThat(form).contains("href=\"#" + field + "\"", "id=\"" + field + "-error\"");
			assertThat(org.openhotline.shared.web.RefusedForm.tagWithId(form, field))
				.contains("aria-invalid=\"true\"", "aria-describedby=\"" + field + "-error\"");
		}
		assertThat(form).contains("value=\"yesterday\"", "value=\"2016-02-31\"", "Enter the day as year-month-day");
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(tx -> events.publishEvent(event));
	}

	private static ReportReceived report(String portal, String language, Instant at, ContentSeen seen, FoundWhere found,
			String url) {
		return new ReportReceived(UUID.randomUUID(), portal, language, at,
				List.of(new ReportReceived.Item(url, url, "example.com", "example.com", List.of())), seen, found);
	}

	private static String between(String body, String start, String end) {
		int from = body.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return body.substring(from, body.indexOf(end, from));
	}

	/** The table's cells, headings first, as text. */
	private static List<List<String>> htmlTable(String body, String id) {
		String table = between(body, "<table id=\"table-" + id + "\"", "</table>");
		List<List<String>> rows = new ArrayList<>();
		Matcher row = Pattern.compile("(?s)<tr>(.*?)</tr>").matcher(table);
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>").matcher(row.group(1));
			while (cell.find()) {
				cells.add(HtmlUtils.htmlUnescape(cell.group(1)));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** The file's cells, with a neutralised formula cell read back as the page shows it. */
	private static List<List<String>> csvCells(String csv) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv))) {
			rows.add(record.stream().map(c -> c.matches("'[=+\\-@].*") ? c.substring(1) : c).toList());
		}
		return rows;
	}
}
