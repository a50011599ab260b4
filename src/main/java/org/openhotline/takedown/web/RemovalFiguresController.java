package org.openhotline.takedown.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.OfficeFormErrors;
import org.openhotline.shared.web.SpreadsheetCsv;
import org.openhotline.takedown.RemovalFigures;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Removal times of the cases first reported in a period: in all, per hosting network and per
 * hosting country, each table also as CSV.
 */
@Controller
class RemovalFiguresController {

	private static final int LIMIT = 50;

	private final RemovalFigures figures;

	private final MessageSource messages;

	private final Clock clock;

	RemovalFiguresController(RemovalFigures figures, MessageSource messages, Clock clock) {
		this.figures = figures;
		this.messages = messages;
		this.clock = clock;
	}

	/** The period as typed, kept in the form when it is refused. */
	record Asked(@Nullable String from, @Nullable String to) {
	}

	@GetMapping("/office/takedown/figures")
	String figures(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model, Locale locale,
			HttpServletResponse response) {
		LocalDate today = today();
		model.addAttribute("lastThirtyDays", FiguresPeriod.lastThirtyDays(today));
		model.addAttribute("lastTwelveMonths", FiguresPeriod.lastTwelveMonths(today));
		FiguresPeriod period;
		try {
			period = FiguresPeriod.of(from, to, today);
		}
		catch (StepRefused refused) {
			model.addAttribute("errors", OfficeFormErrors.of(refused));
			model.addAttribute("asked", new Asked(from, to));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "takedown/figures";
		}
		model.addAttribute("asked", new Asked(period.from().toString(), period.to().toString()));
		model.addAttribute("period", period);
		RemovalFigures.Figures shown = figures.figures(period.start(), period.end(), LIMIT);
		model.addAttribute("empty", shown.isEmpty());
		model.addAttribute("tables", FiguresTables.of(shown, messages, locale));
		return "takedown/figures";
	}

	@GetMapping("/office/takedown/figures.csv")
	ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "all") String table,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Locale locale) {
		int index = FiguresTables.IDS.indexOf(table);
		if (index < 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such table");
		}
		FiguresPeriod period;
		try {
			period = FiguresPeriod.of(from, to, today());
		}
		catch (StepRefused refused) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such period");
		}
		List<FiguresTables.Table> tables = FiguresTables.of(figures.figures(period.start(), period.end(), LIMIT),
				messages, locale);
		FiguresTables.Table chosen = tables.get(index);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(period.fileName(table)).build().toString())
			.body(SpreadsheetCsv.of(chosen.headings(), chosen.rows()).getBytes(StandardCharsets.UTF_8));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
