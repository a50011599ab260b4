package org.openhotline.portal.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.portal.Portal;
import org.openhotline.portal.PortalAdministration;
import org.openhotline.portal.PortalStatus;
import org.openhotline.portal.Portals;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.OfficeFormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Portal administration for administrators: list, create, change, put live, suspend; and the languages page. */
@Controller
class PortalAdminController {

	/** A country of ISO 3166 and its name in the reader's language. */
	record Country(String code, String name) {
	}

	private final Portals portals;

	private final PortalAdministration administration;

	PortalAdminController(Portals portals, PortalAdministration administration) {
		this.portals = portals;
		this.administration = administration;
	}

	@GetMapping("/office/portals")
	String list(Model model) {
		model.addAttribute("portals", portals.all());
		return "portal/admin/portals";
	}

	@GetMapping("/office/portals/new")
	String create(Model model, Locale locale) {
		return form(model, new PortalForm(), null, locale);
	}

	@PostMapping("/office/portals/new")
	String create(@ModelAttribute("portalForm") PortalForm form, @AuthenticationPrincipal StaffPrincipal staff,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		form.dropBlankRows();
		try {
			administration.create(form.toDetails(), staff.username());
		}
		catch (StepRefused e) {
			return refused(e, form, null, model, locale, response);
		}
		redirect.addFlashAttribute("notice", "portal.created");
		return "redirect:/office/portals/" + form.toDetails().slug();
	}

	@GetMapping("/office/portals/{slug}")
	String edit(@PathVariable String slug, Model model, Locale locale) {
		Portal portal = find(slug);
		return form(model, PortalForm.of(portal), portal, locale);
	}

	@PostMapping("/office/portals/{slug}")
	String update(@PathVariable String slug, @ModelAttribute("portalForm") PortalForm form,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		Portal portal = find(slug);
		form.setSlug(slug);
		form.dropBlankRows();
		try {
			administration.update(slug, form.toDetails(), staff.username());
		}
		catch (StepRefused e) {
			return refused(e, form, portal, model, locale, response);
		}
		redirect.addFlashAttribute("notice", "portal.saved");
		return "redirect:/office/portals/" + slug;
	}

	/** A refused transition goes back to the portal's page with the reason (the shared advice). */
	@PostMapping("/office/portals/{slug}/status")
	String status(@PathVariable String slug, @RequestParam(name = "to", defaultValue = "") String to,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		find(slug);
		PortalStatus target = Arrays.stream(PortalStatus.values())
			.filter(s -> s.name().equals(to))
			.findFirst()
			.orElseThrow(() -> new StepRefused("portal.error.status"));
		administration.changeStatus(slug, target, staff.username());
		redirect.addFlashAttribute("notice", "portal.status-changed." + target.name());
		return "redirect:/office/portals/" + slug;
	}

	@GetMapping("/office/portals/languages")
	String languages(Model model, Locale locale) {
		model.addAttribute("gaps", administration.languageGaps());
		model.addAttribute("languageNames", new LanguageNames(locale));
		return "portal/admin/languages";
	}

	private Portal find(String slug) {
		return portals.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The form comes back in this answer, what was typed kept, every error in its summary and beside its field. */
	private String refused(StepRefused e, PortalForm form, @org.jspecify.annotations.Nullable Portal portal, Model model, Locale locale,
			HttpServletResponse response) {
		model.addAttribute("errors", OfficeFormErrors.of(e));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		response.setHeader("Cache-Control", "no-store");
		return form(model, form, portal, locale);
	}

	private String form(Model model, PortalForm form, @org.jspecify.annotations.Nullable Portal portal, Locale locale) {
		List<String> shipped = administration.shippedLanguages();
		model.addAttribute("portalForm", form.withRoomFor(shipped.size()));
		model.addAttribute("editing", portal);
		model.addAttribute("shipped", shipped);
		model.addAttribute("languageNames", new LanguageNames(locale));
		model.addAttribute("countries", Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(Country::name))
			.toList());
		return "portal/admin/portal";
	}

	/** A language's name in the reader's language and in itself, for choices and headings. */
	record LanguageNames(Locale reader) {

		public String of(String language) {
			Locale locale = Locale.forLanguageTag(language);
			String own = locale.getDisplayLanguage(locale);
			String read = locale.getDisplayLanguage(reader);
			return (read.equals(own) ? own : read + " — " + own) + " (" + language + ")";
		}
	}
}
