package org.openhotline.triage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.OfficeHttp;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffSignIn;
import org.openhotline.intake.ReportReceived;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseQueries;
import org.openhotline.triage.CaseStatus;
import org.openhotline.triage.QueueFilter;
import org.openhotline.triage.internal.CaseRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queue as an analyst and a supervisor use it over HTTP: the filter bar (portals, status,
 * age, mine, unclaimed) kept in the session and in the pages' links, the counts per status,
 * the aged cases marked, the bulk "duplicate of" and its refusals, and the office's home.
 * Each test reports from portals of its own, so that other tests' cases do not get in the way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "openhotline.triage.second-assessment-share=0")
class QueuePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Enrolment enrolment;

	@Autowired
	Clock clock;

	@Autowired
	CaseRepository repository;

	@Autowired
	CaseQueries cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFilterBarFiltersByPortalsStatusAgeMineAndUnclaimed() {
		String one = portal();
		String two = portal();
		String fresh = report(one, 0);
		String old = report(two, 3);
		String held = report(one, 0);
		OfficeHttp analyst = analyst();
		analyst.get("/office/queue");
		assertThat(analyst.post("/office/cases/" + idOf(held) + "/claim").statusCode()).isEqualTo(302);

		String both = analyst.get("/office/queue?portal=" + one + "&portal=" + two).body();
		assertThat(both).contains(row(fresh), row(old), row(held))
			.containsPattern("id=\"portal-" + one + "\" value=\"" + one + "\" checked")
			.containsPattern("id=\"portal-" + two + "\" value=\"" + two + "\" checked");
		assertThat(analyst.get("/office/queue?portal=" + one).body()).contains(row(fresh), row(held)).doesNotContain(row(old));
		assertThat(analyst.get("/office/queue?portal=" + one + "&status=NEW").body()).contains(row(fresh))
			.doesNotContain(row(held), row(old))
			.containsPattern("<option value=\"NEW\" selected");
		assertThat(analyst.get("/office/queue?portal=" + one + "&portal=" + two + "&olderThan=aged").body())
			.contains(row(old)).doesNotContain(row(fresh), row(held));
		assertThat(analyst.get("/office/queue?portal=" + one + "&portal=" + two + "&olderThan=P7D").body())
			.as("nothing was first reported more than 7 days ago").contains("id=\"queue-empty\"");
		assertThat(analyst.get("/office/queue?portal=" + one + "&mine=true").body()).contains(row(held))
			.doesNotContain(row(fresh))
			.containsPattern("id=\"mine\" name=\"mine\" value=\"true\" checked");
		assertThat(analyst.get("/office/queue?portal=" + one + "&unclaimed=true").body()).contains(row(fresh))
			.doesNotContain(row(held));
		String stranger = analyst.get("/office/queue?portal=" + one + "&status=ASSESSED&olderThan=P99D&portal=NOT+A+SLUG").body();
		assertThat(stranger).as("what is not a choice is left out").contains(row(fresh), row(held));
	}

	/**
	 * Reports of the report API and of the hotline exchange are filed under their channel's slug:
	 * the filter offers the channels in words beside the portals (never their slugs as portals),
	 * and each row and case page names the channel and who sent the report by it.
	 */
	@Test
	void theReportApiAndTheExchangeAreSourcesInWordsBesideThePortals() {
		String one = portal();
		String fromPortal = report(one, 0);
		String platform = "Platform " + UUID.randomUUID();
		String hotline = "Hotline " + UUID.randomUUID();
		String byApi = report("api", platform);
		String referred = report("exchange", hotline);
		reportAgain(one, referred);
		OfficeHttp analyst = analyst();

		// filtered: the whole queue of a full test run may hold a first page of other tests' cases
		String queue = analyst.get("/office/queue?portal=" + one + "&portal=api&portal=exchange").body();
		assertThat(queue).contains("<legend>Source</legend>")
			.containsPattern("id=\"channel-api\" value=\"api\"( checked=\"checked\")?>\\s*<label for=\"channel-api\">Report API</label>")
			.containsPattern("id=\"channel-exchange\" value=\"exchange\"( checked=\"checked\")?>\\s*<label for=\"channel-exchange\">Hotline exchange</label>")
			.doesNotContain("id=\"portal-api\"", "id=\"portal-exchange\"");
		assertThat(line(queue, byApi)).contains("Report API: " + platform).doesNotContain(">api<");
		assertThat(line(queue, referred)).contains("<span class=\"source\" dir=\"ltr\">" + one + "</span>",
				"Hotline exchange: " + hotline);

		String exchange = analyst.get("/office/queue?portal=exchange").body();
		assertThat(exchange).contains(row(referred)).doesNotContain(row(byApi), row(fromPortal))
			.containsPattern("id=\"channel-exchange\" value=\"exchange\" checked");
		assertThat(analyst.get("/office/queue?portal=api").body()).contains(row(byApi)).doesNotContain(row(referred));

		String page = analyst.get("/office/cases/" + idOf(referred)).body();
		Matcher sources = Pattern.compile("(?s)id=\"case-sources\">(.*?)</dd>").matcher(page);
		assertThat(sources.find()).isTrue();
		assertThat(sources.group(1).replaceAll("<[^>]+>", "")).isEqualTo("Hotline exchange: " + hotline + ", " + one);
	}

	@Test
	void theFilterIsKeptInTheSessionAndTheQueueOpenedFromTheMenuShowsItAgain() throws Exception {
		String one = portal();
		String aged = report(one, 2);
		String fresh = report(one, 0);
		OfficeHttp analyst = analyst();

		analyst.get("/office/queue?portal=" + one + "&olderThan=aged&unclaimed=true");

		assertThat(storedFilters()).contains(new QueueFilter(List.of(one), null, Duration.ofHours(24), false, true));
		String again = analyst.get("/office/queue").body();
		assertThat(again).contains(row(aged)).doesNotContain(row(fresh))
			.containsPattern("<option value=\"aged\" selected")
			.containsPattern("id=\"unclaimed\" name=\"unclaimed\" value=\"true\" checked");
		analyst.get("/office/queue?mine=true");
		assertThat(analyst.get("/office/queue").body()).as("My cases leaves the queue's filter as it was")
			.contains(row(aged)).doesNotContain(row(fresh))
			.containsPattern("<option value=\"aged\" selected")
			.doesNotContainPattern("id=\"mine\" name=\"mine\" value=\"true\" checked");
		analyst.get("/office/queue?status=CLAIMED");
		assertThat(storedFilters()).as("every view of the queue stores its filter")
			.contains(new QueueFilter(List.of(), CaseStatus.CLAIMED, null, false, false));
	}

	@Test
	void thePagesKeepTheFilter() {
		String one = portal();
		for (int i = 0; i < 51; i++) {
			report(one, 0);
		}
		OfficeHttp analyst = analyst();

		String first = analyst.get("/office/queue?portal=" + one + "&status=NEW&unclaimed=true").body();

		Matcher next = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"").matcher(first);
		assertThat(next.find()).isTrue();
		String link = next.group(1).replace("&amp;", "&");
		assertThat(link).contains("portal=" + one, "status=NEW", "unclaimed=true", "page=1");
		String second = analyst.get(link).body();
		assertThat(rows(second)).isEqualTo(1);
		assertThat(second).containsPattern("<a rel=\"prev\" href=\"[^\"]*portal=" + one);
	}

	@Test
	void theCountsPerStatusAreLinksThatFilterAndTheAgedCasesAreMarkedInWords() {
		String one = portal();
		String aged = report(one, 2);
		String fresh = report(one, 0);
		String held = report(one, 0);
		OfficeHttp analyst = analyst();
		analyst.get("/office/queue");
		analyst.post("/office/cases/" + idOf(held) + "/claim");

		String page = analyst.get("/office/queue?portal=" + one).body();

		assertThat(count(page, "NEW")).as("of every portal").isGreaterThanOrEqualTo(2);
		assertThat(count(page, "CLAIMED")).isPositive();
		assertThat(count(page, "SECOND_ASSESSMENT")).isNotNegative();
		assertThat(count(page, "DISAGREEMENT")).isNotNegative();
		assertThat(count(page, "aged")).isPositive();
		assertThat(count(page, "mine")).isEqualTo(1);
		assertThat(page).contains("href=\"/office/queue?status=NEW\"", "href=\"/office/queue?olderThan=aged\"",
				"href=\"/office/queue?mine=true\" id=\"count-mine\"");
		assertThat(analyst.get("/office/queue?status=NEW").body()).as("the count's own view is marked")
			.contains("id=\"count-NEW\" aria-current=\"true\"");
		assertThat(line(page, aged)).contains("class=\"tag orange aged\"", ">Aged<",
				"first reported more than 24 h ago");
		assertThat(line(page, fresh)).doesNotContain("aged", "Aged");
		assertThat(line(page, held)).contains("class=\"tag grey\"", ">Claimed<", "Awa Analyst");
		assertThat(line(page, fresh)).containsPattern("<time datetime=\"[^\"]+Z\"\\s+title=\"[^\"]+ UTC\"");
		assertThat(page).contains("<form method=\"post\" action=\"/office/queue/next\" id=\"claim-next\"");
		assertThat(page).as("an analyst chooses no case to close").doesNotContain("id=\"duplicates\"", "name=\"cases\"");
	}

	@Test
	void theHomePageShowsTheCountsAndLeadsToTheQueueMyCasesAndClaimNext() {
		report(portal(), 0);
		report(portal(), 3);
		OfficeHttp analyst = analyst();

		String home = analyst.get("/office").body();

		assertThat(home).contains("id=\"signed-in-as\"", "href=\"/office/queue\"", "href=\"/office/queue?mine=true\"",
				"action=\"/office/queue/next\"", "href=\"/office/queue?status=NEW\"", "href=\"/office/queue?olderThan=aged\"");
		assertThat(count(home, "NEW")).isPositive();
		assertThat(count(home, "aged")).isPositive();
		assertThat(count(home, "CLAIMED")).isNotNegative();
		assertThat(home).as("the menu marks the page").contains("href=\"/office\" aria-current=\"page\"");
		assertThat(analyst.get("/office/queue?mine=true").body())
			.contains("href=\"/office/queue?mine=true\" aria-current=\"page\">My cases</a>")
			.doesNotContain("href=\"/office/queue\" aria-current");

		OfficeHttp partner = StaffSignIn.signedIn(port, Role.PORTAL_PARTNER, "Pat Partner", administration, enrolment, clock);
		String partnerHome = partner.get("/office").body();
		assertThat(partnerHome).contains("id=\"signed-in-as\"", "href=\"/office/statistics\"")
			.doesNotContain("/office/queue", "count-NEW");
	}

	@Test
	void aSupervisorClosesTheChosenCasesAsDuplicatesOfTheOriginal() {
		String one = portal();
		String original = report(one, 0);
		String first = report(one, 0);
		String second = report(one, 0);
		OfficeHttp supervisor = supervisor();
		String page = supervisor.get("/office/queue?portal=" + one).body();
		assertThat(page).contains("id=\"duplicates\"", "name=\"original\"")
			.contains("<input type=\"checkbox\" name=\"cases\" form=\"duplicates\" value=\"" + idOf(first) + "\"");

		HttpResponse<String> closed = supervisor.post("/office/queue/duplicates", "cases", idOf(first), "cases",
				idOf(second), "original", original);

		assertThat(closed.statusCode()).isEqualTo(302);
		String after = supervisor.follow(closed).body();
		assertThat(after).contains("2 cases closed as duplicates.");
		assertThat(after).contains(row(original)).doesNotContain(row(first), row(second));
		for (String address : List.of(first, second)) {
			var view = cases.find(new CaseId(UUID.fromString(idOf(address)))).orElseThrow();
			assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
			assertThat(view.outcome()).isEqualTo("DUPLICATE");
			assertThat(view.duplicateOf()).isEqualTo(new CaseId(UUID.fromString(idOf(original))));
		}
	}

	@Test
	void aRefusedDuplicateShowsEveryErrorBesideTheFormWithWhatWasChosenAndTyped() {
		String one = portal();
		String original = report(one, 0);
		String chosen = report(one, 0);
		String assessed = report(one, 0);
		OfficeHttp supervisor = supervisor();
		supervisor.get("/office/queue");
		supervisor.post("/office/cases/" + idOf(assessed) + "/claim");
		supervisor.post("/office/cases/" + idOf(assessed) + "/assess", "outcome", "NOT_ILLEGAL");
		supervisor.get("/office/queue?portal=" + one);

		String unknown = "https://example.com/never-reported/" + UUID.randomUUID();
		HttpResponse<String> nothing = supervisor.post("/office/queue/duplicates", "original", unknown);
		assertThat(nothing.statusCode()).isEqualTo(422);
		assertThat(nothing.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
		assertThat(nothing.body()).contains("id=\"error-summary\"", "Choose at least one case to close as a duplicate.",
				"No case has this address or id", "href=\"#original\"", "href=\"#cases\"")
			.containsPattern("id=\"original\" name=\"original\" value=\"" + Pattern.quote(unknown) + "\"[^>]*aria-describedby=\"original-error\" aria-invalid=\"true\"")
			.contains(row(chosen));

		HttpResponse<String> itself = supervisor.post("/office/queue/duplicates", "cases", idOf(chosen), "cases",
				idOf(original), "original", original);
		assertThat(itself.statusCode()).isEqualTo(422);
		assertThat(itself.body()).contains("The original case is among the chosen cases")
			.containsPattern("value=\"" + idOf(chosen) + "\" id=\"choose-" + idOf(chosen) + "\"\\s+aria-label=\"[^\"]+\" checked");

		HttpResponse<String> notOpen = supervisor.post("/office/queue/duplicates", "cases", idOf(chosen), "cases",
				idOf(assessed), "original", idOf(original));
		assertThat(notOpen.statusCode()).isEqualTo(422);
		assertThat(notOpen.body()).contains(assessed + " is no longer open");
		assertThat(cases.find(new CaseId(UUID.fromString(idOf(chosen)))).orElseThrow().status())
			.as("all or nothing").isEqualTo(CaseStatus.NEW);
	}

	@Test
	void anAnalystMayNotCloseCasesAsDuplicates() {
		String one = portal();
		String original = report(one, 0);
		String chosen = report(one, 0);
		OfficeHttp analyst = analyst();
		analyst.get("/office/queue?portal=" + one);

		assertThat(analyst.post("/office/queue/duplicates", "cases", idOf(chosen), "original", original).statusCode())
			.isEqualTo(403);
		assertThat(cases.find(new CaseId(UUID.fromString(idOf(chosen)))).orElseThrow().status()).isEqualTo(CaseStatus.NEW);
	}

	private List<QueueFilter> storedFilters() throws Exception {
		List<QueueFilter> filters = new java.util.ArrayList<>();
		for (byte[] bytes : jdbc.sql("SELECT attribute_bytes FROM spring_session_attributes WHERE attribute_name = ?")
			.param(QueueController.FILTER)
			.query((rs, n) -> rs.getBytes(1))
			.list()) {
			try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
				filters.add((QueueFilter) in.readObject());
			}
		}
		return filters;
	}

	private OfficeHttp analyst() {
		return StaffSignIn.signedIn(port, Role.ANALYST, "Awa Analyst", administration, enrolment, clock);
	}

	private OfficeHttp supervisor() {
		return StaffSignIn.signedIn(port, Role.SUPERVISOR, "Seydou Supervisor", administration, enrolment, clock);
	}

	/** The number a count link of the page shows. */
	private static int count(String page, String which) {
		Matcher count = Pattern.compile("(?s)id=\"count-" + which + "\".*?<strong>(\\d+)\\+?</strong>").matcher(page);
		assertThat(count.find()).as("count of %s", which).isTrue();
		return Integer.parseInt(count.group(1));
	}

	/** The queue's row of an address. */
	private static String line(String page, String address) {
		int at = page.indexOf(row(address));
		assertThat(at).as("a row of %s", address).isPositive();
		return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
	}

	private static String row(String address) {
		return "<code class=\"url\" dir=\"ltr\">" + address + "</code>";
	}

	private static int rows(String page) {
		return page.split("<code class=\"url\" dir=\"ltr\">", -1).length - 1;
	}

	/** A portal slug no other test reports from. */
	private static String portal() {
		return "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** A case reported from the portal {@code daysAgo} days ago; its address. */
	private String report(String portal, int daysAgo) {
		String url = "https://example.com/queue-page/" + UUID.randomUUID();
		ReportReceived report = new ReportReceived(UUID.randomUUID(), portal, "fr",
				clock.instant().minus(Duration.ofDays(daysAgo)),
				List.of(new ReportReceived.Item(url, url, "example.com", "example.com", List.of())));
		repository.join(report, report.items().get(0));
		return url;
	}

	/** A report of a channel's (its slug) sent by {@code sender}, of a new address; the address. */
	private String report(String channel, String sender) {
		return report(channel, sender, "https://example.com/queue-page/" + UUID.randomUUID());
	}

	/** A portal's report of an address already reported. */
	private void reportAgain(String portal, String address) {
		ReportReceived report = new ReportReceived(UUID.randomUUID(), portal, "fr", clock.instant(),
				List.of(new ReportReceived.Item(address, address, "example.com", "example.com", List.of())));
		repository.join(report, report.items().get(0));
	}

	private String report(String channel, String sender, String url) {
		ReportReceived report = new ReportReceived(UUID.randomUUID(), channel, "en", clock.instant(),
				List.of(new ReportReceived.Item(url, url, "example.com", "example.com", List.of())), null, null, 0, sender);
		repository.join(report, report.items().get(0));
		return url;
	}

	private String idOf(String address) {
		return repository.findByIdOrAddress(address).orElseThrow().id().toString();
	}
}
