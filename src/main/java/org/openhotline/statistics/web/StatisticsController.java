package org.openhotline.statistics.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.intake.ReportChannel;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.OfficeFormErrors;
import org.openhotline.shared.web.SpreadsheetCsv;
import org.openhotline.statistics.Figures;
import org.openhotline.statistics.Granularity;
import org.openhotline.statistics.OfficeStatistics;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The statistics pages. Analysts, supervisors and administrators see every portal and all
 * of them together; a portal partner sees only the portals named on its account (any other
 * is refused, 403, the CSV too) and starts on the first of them.
 */
@Controller
class StatisticsController {

	private static final List<ReportChannel> CHANNELS = List.of(ReportChannel.API, ReportChannel.EXCHANGE);

	private final OfficeStatistics statistics;

	private final MessageSource messages;

	private final Clock clock;

	StatisticsController(OfficeStatistics statistics, MessageSource messages, Clock clock) {
		this.statistics = statistics;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/office/statistics")
	String page(@RequestParam(required = false) @Nullable String portal, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String granularity,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
		String slug = allowedPortal(portal, staff);
		Filter filter = Filter.byDefault(slug, LocalDate.now(clock));
		FilterForm asked = new FilterForm(from, to, granularity);
		Figures figures;
		try {
			Filter chosen = asked.filter(filter);
			figures = figures(chosen);
			filter = chosen;
		}
		catch (StepRefused refused) {
			// the page still answers, with the last twelve months, and the filters say what was wrong
			model.addAttribute("errors", OfficeFormErrors.of(refused));
			figures = figures(filter);
		}
		model.addAttribute("asked", asked);
		StatisticsView view = new StatisticsView(messages, locale);
		List<Table> tables = view.tables(figures, filter);
		model.addAttribute("filter", filter);
		model.addAttribute("portals", choices(staff));
		boolean everyPortal = staff.role() != Role.PORTAL_PARTNER;
		model.addAttribute("everyPortal", everyPortal);
		// the report API and the exchange are counted under their channel's slug: offered and named as channels
		model.addAttribute("channels", everyPortal ? CHANNELS : List.of());
		ReportChannel channel = filter.portal() == null ? ReportChannel.PORTAL : ReportChannel.ofSlug(filter.portal());
		model.addAttribute("channelShown",
				channel == ReportChannel.PORTAL ? null : messages.getMessage("channel." + channel.name(), null, locale));
		model.addAttribute("granularities", Granularity.values());
		List<BarChart> charts = view.charts(figures, filter, tables);
		model.addAttribute("sections",
				java.util.stream.IntStream.range(0, tables.size()).mapToObj(i -> new Section(tables.get(i), charts.get(i))).toList());
		return "statistics/statistics";
	}

	@GetMapping("/office/statistics.csv")
	ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "timeline") String table,
			@RequestParam(required = false) @Nullable String portal,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String granularity, @AuthenticationPrincipal StaffPrincipal staff,
			Locale locale) {
		String slug = allowedPortal(portal, staff);
		int index = StatisticsView.TABLES.indexOf(table);
		if (index < 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such table");
		}
		Filter filter;
		try {
			// read as the page reads them: a year the database does not keep is refused
			filter = new FilterForm(from, to, granularity).filter(Filter.byDefault(slug, LocalDate.now(clock)));
		}
		catch (StepRefused refused) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such period");
		}
		Figures figures;
		try {
			figures = statistics.figures(slug, filter.from(), filter.to(), filter.granularity());
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
		}
		Table chosen = new StatisticsView(messages, locale).tables(figures, filter).get(index);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filter.fileName(table)).build().toString())
			.body(Csv.of(chosen).getBytes(StandardCharsets.UTF_8));
	}

	private Figures figures(Filter filter) {
		try {
			return statistics.figures(filter.portal(), filter.from(), filter.to(), filter.granularity());
		}
		catch (IllegalArgumentException e) {
			throw StepRefused.field("from", "statistics.error.period");
		}
	}

	/** A table and the chart drawn from it. */
	record Section(Table table, BarChart chart) {
	}

	/** The portal asked for, if the person may see it; for a partner, its first portal when none is asked for. */
	private static @Nullable String allowedPortal(@Nullable String portal, StaffPrincipal staff) {
		String asked = portal == null || portal.isBlank() ? null : portal;
		if (staff.role() != Role.PORTAL_PARTNER) {
			return asked;
		}
		if (asked == null) {
			return partnerPortals(staff).stream().findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		}
		if (!partnerPortals(staff).contains(asked)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return asked;
	}

	private List<String> choices(StaffPrincipal staff) {
		if (staff.role() == Role.PORTAL_PARTNER) {
			return partnerPortals(staff);
		}
		return statistics.portals().stream().filter(slug -> !slug.isEmpty() && ReportChannel.ofSlug(slug) == ReportChannel.PORTAL).toList();
	}

	/** A partner's portals, in order: never a channel's slug, whatever its account names. */
	private static List<String> partnerPortals(StaffPrincipal staff) {
		return new TreeSet<>(staff.portals()).stream().filter(slug -> ReportChannel.ofSlug(slug) == ReportChannel.PORTAL).toList();
	}

	/** RFC 4180, with the cells a spreadsheet would run as a formula neutralised (shared with other downloads). */
	static final class Csv {

		private Csv() {
		}

		static String of(Table table) {
			return SpreadsheetCsv.of(table.headings(), table.rows());
		}
	}
}
