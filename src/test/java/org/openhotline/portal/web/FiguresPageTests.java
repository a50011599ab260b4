package org.openhotline.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhotline.portal.Portals;
import org.openhotline.statistics.MonthFigures;
import org.openhotline.statistics.PublicFigures;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The public figures page of a portal, fed by a stand-in for the statistics module with
 * real-looking numbers: what each month shows (counts under 5 as "fewer than 5", shares
 * and medians computed from them not shown), in each language of the portal, written the
 * way the language writes numbers; only for live portals; linked from the portal's pages;
 * light (no script, one style sheet, at most 14 KB compressed); no axe violation.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FiguresPageTests {

	/** A portal in Mauritania, whose Arabic writes digits as ٠١٢…, and a draft one. */
	static final String MAURITANIA = "figures-mr";

	static final String DRAFT = "figures-draft";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Portals portals;

	@MockitoBean
	PublicFigures figures;

	PortalHttp http;

	/** The last month the page asked for: its rows are found by month. */
	final AtomicReference<YearMonth> lastAsked = new AtomicReference<>();

	final AtomicReference<YearMonth> firstAsked = new AtomicReference<>();

	@BeforeEach
	void setUp() {
		http = new PortalHttp(port);
		TestPortals.ensureArabicDemoPortal(jdbc, portals);
		jdbc.sql("""
				INSERT INTO portal (slug, country_code, languages, status)
				VALUES ('figures-mr', 'MR', ARRAY['ar', 'fr'], 'LIVE'), ('figures-draft', 'ZZ', ARRAY['en'], 'DRAFT')
				ON CONFLICT DO NOTHING
				""").update();
		jdbc.sql("""
				INSERT INTO portal_name (portal_slug, language, name) VALUES ('figures-mr', 'ar', 'موريتانيا'),
				('figures-mr', 'fr', 'Mauritanie') ON CONFLICT DO NOTHING
				""").update();
		portals.reload();
		when(figures.monthly(anyString(), any(), any())).thenAnswer(call -> {
			YearMonth from = call.getArgument(1);
			YearMonth to = call.getArgument(2);
			firstAsked.set(from);
			lastAsked.set(to);
			List<MonthFigures> months = new ArrayList<>();
			for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
				months.add(figuresFor(month, to));
			}
			return months;
		});
	}

	/** The last month busy, the one before it small, then a month with nothing, then ordinary months. */
	static MonthFigures figuresFor(YearMonth month, YearMonth last) {
		if (month.equals(last)) {
			return new MonthFigures(month, 1234, 200, 150, 120, Duration.ofHours(84));
		}
		if (month.equals(last.minusMonths(1))) {
			return new MonthFigures(month, 3, 4, 2, 1, Duration.ofHours(30));
		}
		if (month.equals(last.minusMonths(2))) {
			return new MonthFigures(month, 0, 0, 0, 0, null);
		}
		if (month.equals(last.minusMonths(3))) {
			return new MonthFigures(month, 40, 30, 12, 4, Duration.ofHours(5));
		}
		return new MonthFigures(month, 60, 40, 20, 10, Duration.ofMinutes(300));
	}

	@Test
	void theLastTwelveCompleteMonthsNewestFirstWithCountsSharesAndMedian() {
		HttpResponse<String> page = http.get("/ml/en/figures");

		assertThat(page.statusCode()).isEqualTo(200);
		YearMonth last = lastAsked.get();
		assertThat(firstAsked.get()).isEqualTo(last.minusMonths(11));
		assertThat(last).as("a month in progress is not shown").isBefore(YearMonth.now(ZoneOffset.UTC));
		List<String> rowMonths = new ArrayList<>();
		Matcher row = Pattern.compile("<tr id=\"m([0-9-]+)\"").matcher(page.body());
		while (row.find()) {
			rowMonths.add(row.group(1));
		}
		assertThat(rowMonths).hasSize(12).first().isEqualTo(last.toString());
		assertThat(rowMonths).last().isEqualTo(last.minusMonths(11).toString());
		assertThat(cells(page.body(), last)).containsExactly("1,234", "75%", "80%", "3.5 days");
		assertThat(cells(page.body(), last.minusMonths(3))).containsExactly("40", "40%", "not shown", "not shown");
		assertThat(cells(page.body(), last.minusMonths(4))).containsExactly("60", "50%", "50%", "5 hours");
		assertThat(monthLabel(page.body(), last)).isEqualTo(
				java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.ENGLISH).format(last));
		ReportPageTests.assertNoStateAndStrictHeaders(page);
	}

	@Test
	void countsUnderFiveAreFewerThanFiveAndNothingComputedFromThemIsShown() {
		String html = http.get("/ml/en/figures").body();
		YearMonth small = lastAsked.get().minusMonths(1);

		assertThat(cells(html, small)).containsExactly("fewer than 5", "not shown", "not shown", "not shown");
		assertThat(rowHtml(html, small)).doesNotContain(">3<", ">4<", ">2<", ">1<", "30 hours", "%");
		assertThat(PortalHttp.readable(http.get("/ml/en/figures"))).contains(
				"a count under 5 is shown as “fewer than 5”, and a share or a time computed from such a count is not shown");
	}

	@Test
	void aMonthWithNothingSaysSo() {
		String html = http.get("/ml/en/figures").body();
		YearMonth empty = lastAsked.get().minusMonths(2);

		assertThat(rowHtml(html, empty)).contains("colspan=\"4\"",
				"Nothing this month: no report received, nothing assessed or removed.");
	}

	@Test
	void eachLanguageOfThePortalWritesItsOwnNumbersAndArabicIsRightToLeft() {
		HttpResponse<String> fr = http.get("/ml/fr/figures");
		YearMonth last = lastAsked.get();
		HttpResponse<String> ar = http.get("/" + MAURITANIA + "/ar/figures");
		HttpResponse<String> frMr = http.get("/" + MAURITANIA + "/fr/figures");

		assertThat(fr.statusCode()).isEqualTo(200);
		assertThat(fr.body()).contains("<html lang=\"fr\" dir=\"ltr\">", "Signalements reçus");
		assertThat(cells(fr.body(), last)).containsExactly("1\u202f234", "75\u00a0%", "80\u00a0%", "3,5\u00a0jours");
		assertThat(cells(fr.body(), last.minusMonths(1))).containsExactly("moins de 5", "non publié", "non publié",
				"non publié");

		assertThat(ar.statusCode()).isEqualTo(200);
		assertThat(ar.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "البلاغات المستلمة");
		assertThat(cells(ar.body(), last)).containsExactly("١٬٢٣٤", "٧٥٪؜", "٨٠٪؜", "٣٫٥ يوم");
		assertThat(cells(ar.body(), last.minusMonths(1))).containsExactly("أقل من ٥", "غير منشور", "غير منشور",
				"غير منشور");
		assertThat(cells(ar.body(), last.minusMonths(4))).contains("٥ ساعات");
		assertThat(frMr.statusCode()).isEqualTo(200);
		assertThat(frMr.body()).contains("<html lang=\"fr\" dir=\"ltr\">");
	}

	@Test
	void theTableIsReadableByScreenReaders() {
		String html = http.get("/ml/en/figures").body();

		assertThat(html).contains("<caption id=\"figures-caption\">Reports, assessments and removals per month, Mali: the last 12 complete months, newest first</caption>");
		assertThat(html).containsPattern("<th scope=\"col\">Month</th>\\s*<th scope=\"col\">Reports received</th>");
		assertThat(count(html, "<th scope=\"row\">")).isEqualTo(12);
	}

	@Test
	void onlyLivePortalsInTheirOwnLanguagesHaveFigures() {
		assertThat(http.get("/zz/en/figures").statusCode()).isEqualTo(404);
		assertThat(http.get("/ml/ar/figures").statusCode()).isEqualTo(404);
		assertThat(http.get("/" + MAURITANIA + "/en/figures").statusCode()).isEqualTo(404);
		assertThat(http.get("/" + DRAFT + "/en/figures").statusCode()).isEqualTo(404);
		jdbc.sql("UPDATE portal SET status = 'SUSPENDED' WHERE slug = ?").param(MAURITANIA).update();
		portals.reload();
		try {
			var suspended = http.get("/" + MAURITANIA + "/ar/figures");
			assertThat(suspended.statusCode()).as("a suspended portal says so, as its other pages do").isEqualTo(503);
			assertThat(suspended.body()).doesNotContain("<table");
		}
		finally {
			jdbc.sql("UPDATE portal SET status = 'LIVE' WHERE slug = ?").param(MAURITANIA).update();
			portals.reload();
		}
	}

	@Test
	void everyPageOfThePortalLinksToItsFigures() {
		for (String page : List.of("/ml/fr", "/ml/fr/about", "/ml/fr/status", "/ml/fr/figures")) {
			assertThat(http.get(page).body()).as(page).contains("<a href=\"/ml/fr/figures\">Chiffres</a>");
		}
		assertThat(http.get("/" + TestPortals.ARABIC + "/ar/about").body())
			.contains("<a href=\"/" + TestPortals.ARABIC + "/ar/figures\">الأرقام</a>");
	}

	@Test
	void asLightAsTheReportPageNoScriptOneStyleSheetAtMost14KbCompressed() throws Exception {
		for (String path : List.of("/ml/en/figures", "/ml/fr/figures", "/" + MAURITANIA + "/ar/figures")) {
			HttpResponse<byte[]> gzip = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Accept-Encoding", "gzip")
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
			assertThat(gzip.body().length).as("%s compressed", path).isLessThanOrEqualTo(14 * 1024);
			String html = gunzip(gzip.body());
			System.out.printf("figures page weight, %s with 12 months of figures: %d bytes gzip (%d uncompressed)%n",
					path, gzip.body().length, html.getBytes(StandardCharsets.UTF_8).length);
			assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("style=\"", "<style")
				.doesNotContainPattern("\\son[a-z]+=");
			assertThat(count(html, "<link ")).isEqualTo(1);
			assertThat(html).containsPattern("<link rel=\"stylesheet\" href=\"/css/site-[0-9a-f]{32}\\.css\">")
				.doesNotContain("<img");
		}
	}

	@Test
	void theFiguresPageHasNoAccessibilityViolationInAnyLanguage() throws IOException {
		Browsers.assumeAvailable(true);
		String axe = Files.readString(Browsers.AXE);
		ChromeDriver browser = Browsers.start(true);
		List<String> violations = new ArrayList<>();
		try {
			for (String path : List.of("/ml/en/figures", "/ml/fr/figures", "/" + MAURITANIA + "/ar/figures")) {
				browser.get("http://localhost:" + port + path);
				violations.addAll(axe(browser, axe, path));
			}
		}
		finally {
			browser.quit();
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void theFiguresPageFitsA240PixelScreenTheTableScrollingInItsOwnRegion() {
		Browsers.assumeAvailable(false);
		ChromeDriver browser = Browsers.start(true, 240);
		try {
			for (String path : List.of("/ml/fr/figures", "/" + MAURITANIA + "/ar/figures")) {
				browser.get("http://localhost:" + port + path);
				List<?> widths = (List<?>) browser.executeScript(
						"return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
				assertThat(((Number) widths.get(0)).intValue()).as("no horizontal scrolling on %s", path)
					.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
			}
		}
		finally {
			browser.quit();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> axe(ChromeDriver browser, String axeSource, String page) {
		browser.executeScript(axeSource);
		Map<String, Object> results = (Map<String, Object>) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
				  .then(r => done({ violations: r.violations.map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', ')) }))
				  .catch(e => done({ violations: ['axe failed: ' + e] }));
				""");
		return ((List<String>) results.get("violations")).stream().map(v -> page + " — " + v).toList();
	}

	private static String rowHtml(String html, YearMonth month) {
		int start = html.indexOf("<tr id=\"m" + month + "\"");
		assertThat(start).as("a row for %s", month).isNotNegative();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	private static List<String> cells(String html, YearMonth month) {
		List<String> cells = new ArrayList<>();
		Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(rowHtml(html, month));
		while (cell.find()) {
			cells.add(org.springframework.web.util.HtmlUtils.htmlUnescape(cell.group(1)));
		}
		return cells;
	}

	private static String monthLabel(String html, YearMonth month) {
		Matcher label = Pattern.compile("<time datetime=\"" + month + "\">([^<]*)</time>").matcher(rowHtml(html, month));
		assertThat(label.find()).isTrue();
		return label.group(1);
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static String gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			in.transferTo(out);
			return out.toString(StandardCharsets.UTF_8);
		}
	}
}
