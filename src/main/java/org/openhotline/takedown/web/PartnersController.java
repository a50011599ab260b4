package org.openhotline.takedown.web;

import java.util.UUID;

import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.Organisations;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.OfficeFormErrors;
import org.openhotline.takedown.Channel;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.takedown.PartnerDirectory;
import org.openhotline.takedown.PartnerKind;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The partner directory, for administrators: list, add, change, retire. */
@Controller
class PartnersController {

	private final PartnerDirectory directory;

	private final Organisations organisations;

	PartnersController(PartnerDirectory directory, Organisations organisations) {
		this.directory = directory;
		this.organisations = organisations;
	}

	@GetMapping("/office/admin/partners")
	String list(Model model) {
		model.addAttribute("partners", directory.all());
		if (!model.containsAttribute("partner")) {
			model.addAttribute("partner", new PartnerForm());
		}
		choices(model);
		return "takedown/partners";
	}

	@PostMapping("/office/admin/partners")
	String add(@ModelAttribute("partner") PartnerForm form, @AuthenticationPrincipal StaffPrincipal staff,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			directory.add(form.toDetails(), staff.username());
		}
		catch (StepRefused e) {
			invalid(e, model, response);
			return list(model);
		}
		redirect.addFlashAttribute("notice", "partner.added");
		return "redirect:/office/admin/partners";
	}

	@GetMapping("/office/admin/partners/{id}")
	String edit(@PathVariable UUID id, Model model) {
		PartnerContact contact = directory.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("contact", contact);
		if (!model.containsAttribute("partner")) {
			model.addAttribute("partner", PartnerForm.of(contact));
		}
		choices(model);
		return "takedown/partner";
	}

	@PostMapping("/office/admin/partners/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("partner") PartnerForm form,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		directory.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			directory.update(id, form.toDetails(), form.isActive(), form.getVersion(), staff.username());
			redirect.addFlashAttribute("notice", "partner.changed");
			return "redirect:/office/admin/partners";
		}
		catch (StepRefused e) {
			invalid(e, model, response);
			return edit(id, model);
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("refusal", new StepRefused("partner.error.changed").refusal());
		}
		return "redirect:/office/admin/partners/" + id;
	}

	/** The form comes back in this answer with what was typed and every error beside its field. */
	private static void invalid(StepRefused e, Model model, HttpServletResponse response) {
		model.addAttribute("errors", OfficeFormErrors.of(e));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		response.setHeader("Cache-Control", "no-store");
	}

	private void choices(Model model) {
		// a partner hotline calls the exchange API as one of the organisations of kind hotline
		model.addAttribute("hotlineOrganisations",
				organisations.all().stream().filter(o -> o.kind() == OrganisationKind.HOTLINE).toList());
		model.addAttribute("kinds", PartnerKind.values());
		model.addAttribute("channels", Channel.values());
	}
}
