package org.openhotline.portal.web;

import java.util.Optional;

import org.openhotline.intake.FormTokens;
import org.openhotline.intake.ReportIntake;
import org.openhotline.intake.SubmitReport;
import org.openhotline.portal.Portal;
import org.openhotline.portal.Portals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The report form and its confirmation. The confirmation is rendered in answer to the
 * POST itself (no redirect): there is no session to carry the receipt code to another
 * page, and a refresh re-sends the same signed form, which the intake recognises.
 */
@Controller
class ReportController {

	private static final Logger log = LoggerFactory.getLogger(ReportController.class);

	private final Portals portals;

	private final FormTokens formTokens;

	private final ReportFormChecker checker;

	private final ReportIntake intake;

	private final ConfirmationPages confirmations;

	private final long retentionDays;

	ReportController(Portals portals, FormTokens formTokens, ReportFormChecker checker, ReportIntake intake,
			ConfirmationPages confirmations) {
		this.portals = portals;
		this.formTokens = formTokens;
		this.checker = checker;
		this.intake = intake;
		this.confirmations = confirmations;
		this.retentionDays = intake.contactRetention().toDays();
	}

	@GetMapping(PublicPaths.PAGE)
	String form(@PathVariable String slug, @PathVariable String lang, Model model, HttpServletRequest request) {
		PublicPage.open(portals, slug, lang, "", model, request);
		ReportForm form = new ReportForm();
		form.setToken(formTokens.issue(slug, lang));
		return showForm(model, form, new FormErrors());
	}

	@PostMapping(PublicPaths.PAGE + "/report")
	Object submit(@PathVariable String slug, @PathVariable String lang, @ModelAttribute("form") ReportForm form,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		Portal portal = PublicPage.open(portals, slug, lang, "", model, request);
		FormErrors errors = new FormErrors();
		if (form.getUrl().size() > ReportForm.MAX_URL_FIELDS) {
			errors.reject("url0", "report.error.too-many-urls");
			form.setUrl(form.getUrl().subList(0, ReportForm.MAX_URL_FIELDS));
		}
		form.tidyUrlRows(form.wantsAnotherUrlField());
		if (!form.getWebsite().isEmpty()) {
			errors.reject("form", "report.error.honeypot");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return showForm(model, form, errors);
		}
		FormTokens.Verification verification = formTokens.verify(form.getToken(), portal.slug(), lang);
		if (verification.valid().isEmpty()) {
			form.setToken(formTokens.issue(portal.slug(), lang));
			errors.reject("form", verification.problem() == FormTokens.Problem.EXPIRED ? "report.error.form-expired"
					: "report.error.form-invalid");
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showForm(model, form, errors);
		}
		if (form.wantsAnotherUrlField()) {
			return showForm(model, form, errors);
		}
		Optional<SubmitReport> command = checker.check(form,
				verification.valid().get().id(), portal.slug(), lang, errors);
		if (command.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showForm(model, form, errors);
		}
		try {
			ReportIntake.Receipt receipt = intake.submit(command.get());
			model.addAttribute(ConfirmationPages.REFERENCE, receipt.reference().value());
			model.addAttribute(ConfirmationPages.RECEIPT_CODE, receipt.code().grouped());
			response.setHeader("Cache-Control", "no-store");
			return confirmations.view();
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("A report could not be stored, the reporter was told to try again: {}", ex.getClass().getName());
			errors.reject("form", "report.error.not-received");
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			return showForm(model, form, errors);
		}
	}

	private String showForm(Model model, ReportForm form, FormErrors errors) {
		return showForm(model, form, errors, retentionDays);
	}

	/** The report form's model, for the public page and for its preview. */
	static String showForm(Model model, ReportForm form, FormErrors errors, long retentionDays) {
		model.addAttribute("retentionDays", retentionDays);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("seenOptions", org.openhotline.intake.ContentSeen.values());
		model.addAttribute("foundOptions", org.openhotline.intake.FoundWhere.values());
		return "portal/report";
	}
}
