package org.openhotline.blocklist.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.openhotline.blocklist.ListEntries;
import org.openhotline.blocklist.ListFigures;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.OfficeFormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The URL list in the back office: its current version and latest entries, its figures over a
 * period, and how fresh each member's copy is. Addresses are inert text, never links.
 */
@Controller
class UrlListController {

	static final int LATEST = 20;

	private final ListFigures figures;

	private final ListEntries entries;

	private final Clock clock;

	UrlListController(ListFigures figures, ListEntries entries, Clock clock) {
		this.figures = figures;
		this.entries = entries;
		this.clock = clock;
	}

	@GetMapping("/office/url-list")
	String overview(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		PeriodForm asked = new PeriodForm(from, to);
		PeriodForm.Period period;
		try {
			period = asked.period(today);
		}
		catch (StepRefused refused) {
			// the page still answers, with the default period, and the form says what was wrong
			model.addAttribute("errors", OfficeFormErrors.of(refused));
			period = PeriodForm.lastDays(today);
		}
		model.addAttribute("asked", asked);
		model.addAttribute("manifest", figures.current().orElse(null));
		model.addAttribute("latest", entries.latest(LATEST));
		model.addAttribute("figures", figures.period(period.from(), period.to()));
		model.addAttribute("members", figures.members());
		return "blocklist/list";
	}

	@GetMapping("/office/url-list/members")
	String members(Model model) {
		model.addAttribute("manifest", figures.current().orElse(null));
		model.addAttribute("members", figures.members());
		model.addAttribute("staleAfter", figures.staleAfter());
		return "blocklist/members";
	}
}
