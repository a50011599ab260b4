package org.openhotline.portal.web;

import org.openhotline.intake.FormTokens;
import org.openhotline.intake.ReportIntake;
import org.openhotline.portal.Portal;
import org.openhotline.portal.Portals;
import org.openhotline.shared.web.PageLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every public page of a portal, draft or live, in one of its languages, rendered by the same
 * templates with the same texts as the public sees them: for administrators, before go-live.
 * The confirmation shows a made-up reference and receipt code.
 */
@Controller
class PreviewController {

	static final String PREVIEW = "/office/portals/{slug}/preview/{lang}";

	private final Portals portals;

	private final FormTokens formTokens;

	private final long retentionDays;

	PreviewController(Portals portals, FormTokens formTokens, ReportIntake intake) {
		this.portals = portals;
		this.formTokens = formTokens;
		this.retentionDays = intake.contactRetention().toDays();
	}

	@GetMapping(PREVIEW)
	String report(@PathVariable String slug, @PathVariable String lang, Model model, HttpServletRequest request) {
		Portal portal = open(slug, lang, "", model, request);
		ReportForm form = new ReportForm();
		form.setToken(formTokens.issue(portal.slug(), lang));
		return ReportController.showForm(model, form, new FormErrors(), retentionDays);
	}

	@GetMapping(PREVIEW + "/about")
	String about(@PathVariable String slug, @PathVariable String lang, Model model, HttpServletRequest request) {
		open(slug, lang, "/about", model, request);
		return "portal/about";
	}

	@GetMapping(PREVIEW + "/status")
	String status(@PathVariable String slug, @PathVariable String lang, Model model, HttpServletRequest request) {
		open(slug, lang, "/status", model, request);
		model.addAttribute("errors", new FormErrors());
		return "portal/status";
	}

	@GetMapping(PREVIEW + "/confirmation")
	String confirmation(@PathVariable String slug, @PathVariable String lang, Model model,
			HttpServletRequest request) {
		Portal portal = open(slug, lang, "", model, request);
		model.addAttribute(ConfirmationPages.REFERENCE, portal.slug().toUpperCase(java.util.Locale.ROOT) + "-0000-0000-0000");
		model.addAttribute(ConfirmationPages.RECEIPT_CODE, "0000 0000 0000 0000");
		return ConfirmationPages.TEMPLATE;
	}

	@GetMapping(PREVIEW + "/suspended")
	String suspended(@PathVariable String slug, @PathVariable String lang, Model model, HttpServletRequest request) {
		open(slug, lang, "", model, request);
		return "portal/suspended";
	}

	private Portal open(String slug, String lang, String pagePath, Model model, HttpServletRequest request) {
		Portal portal = portals.find(slug)
			.filter(p -> p.speaks(lang))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PageLanguage.set(request, lang);
		// the public page has no CSRF field: the back office's token is not added to its forms
		request.removeAttribute(CsrfToken.class.getName());
		request.removeAttribute("_csrf");
		PublicPage.show(portal, lang, pagePath, model, request);
		return portal;
	}
}
