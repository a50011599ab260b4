package org.openhotline.portal.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import org.openhotline.portal.Portal;
import org.openhotline.portal.Portals;
import org.openhotline.statistics.MonthFigures;
import org.openhotline.statistics.PublicFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A portal's public figures: the last 12 complete months (a month in progress would look
 * like a fall), newest first, so that the month a visitor comes for is the first row
 * read, by eye or by a screen reader.
 */
@Controller
class FiguresController {

	static final int MONTHS = 12;

	private final Portals portals;

	private final PublicFigures figures;

	private final Clock clock;

	FiguresController(Portals portals, PublicFigures figures, Clock clock) {
		this.portals = portals;
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping(PublicPaths.PAGE + "/figures")
	String figures(@PathVariable String slug, @PathVariable String lang, Model model, HttpServletRequest request) {
		Portal portal = PublicPage.open(portals, slug, lang, "/figures", model, request);
		YearMonth last = YearMonth.now(clock).minusMonths(1);
		FiguresTable table = new FiguresTable(lang, portal.countryCode());
		List<FiguresTable.Row> rows = figures.monthly(portal.slug(), last.minusMonths(MONTHS - 1), last)
			.stream()
			.sorted(Comparator.comparing(MonthFigures::month).reversed())
			.map(table::row)
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("threshold", table.threshold());
		model.addAttribute("months", table.number(MONTHS));
		model.addAttribute("hundred", table.hundredPercent());
		return "portal/figures";
	}
}
