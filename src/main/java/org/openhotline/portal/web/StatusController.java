package org.openhotline.portal.web;

import java.util.Optional;

import org.openhotline.intake.ReceiptCode;
import org.openhotline.intake.ReceiptLookup;
import org.openhotline.portal.Portals;
import org.openhotline.triage.ReporterStatusQuery;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A reporter types a receipt code and learns the coarse status of the report: received,
 * being assessed or assessed. The code is posted, never put in an address, so that it is
 * not kept in browser history or any log.
 */
@Controller
class StatusController {

	private final Portals portals;

	private final ReceiptLookup receipts;

	private final ReporterStatusQuery statuses;

	StatusController(Portals portals, ReceiptLookup receipts, ReporterStatusQuery statuses) {
		this.portals = portals;
		this.receipts = receipts;
		this.statuses = statuses;
	}

	@GetMapping(PublicPaths.PAGE + "/status")
	String form(@PathVariable String slug, @PathVariable String lang, Model model, HttpServletRequest request) {
		PublicPage.open(portals, slug, lang, "/status", model, request);
		model.addAttribute("errors", new FormErrors());
		return "portal/status";
	}

	@PostMapping(PublicPaths.PAGE + "/status")
	String lookUp(@PathVariable String slug, @PathVariable String lang,
			@RequestParam(name = "code", defaultValue = "") String typed, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		PublicPage.open(portals, slug, lang, "/status", model, request);
		FormErrors errors = new FormErrors();
		model.addAttribute("errors", errors);
		response.setHeader("Cache-Control", "no-store");
		Optional<ReceiptCode> code = ReceiptCode.parse(typed);
		if (code.isEmpty()) {
			errors.reject("code", "status.error.code-format");
			model.addAttribute("code", typed.length() > 64 ? "" : typed);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "portal/status";
		}
		Optional<ReceiptLookup.ReceiptHolderView> report = receipts.find(code.get());
		if (report.isEmpty()) {
			errors.reject("code", "status.error.unknown-code");
			model.addAttribute("code", typed);
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "portal/status";
		}
		model.addAttribute("report", report.get());
		model.addAttribute("status", statuses.statusOf(report.get().reportId().value()));
		model.addAttribute("feedback", statuses.feedbackOf(report.get().reportId().value()).orElse(null));
		return "portal/status";
	}
}
