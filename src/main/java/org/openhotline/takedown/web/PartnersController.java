package org.openhotline.takedown.web;

import java.util.UUID;

import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.shared.validation.StepRefused;
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

/** The partner directory, for administrators: list, add, change, retire. */
@Controller
class PartnersController {

	private final PartnerDirectory directory;

	PartnersController(PartnerDirectory directory) {
		this.directory = directory;
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
	String add(@ModelAttribute PartnerForm form, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes redirect) {
		try {
			directory.add(form.toDetails(), staff.username());
			redirect.addFlashAttribute("notice", "partner.added");
		}
		catch (StepRefused e) {
			invalid(e, form, redirect);
		}
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
	String update(@PathVariable UUID id, @ModelAttribute PartnerForm form, @AuthenticationPrincipal StaffPrincipal staff,
			RedirectAttributes redirect) {
		directory.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			directory.update(id, form.toDetails(), form.isActive(), form.getVersion(), staff.username());
			redirect.addFlashAttribute("notice", "partner.changed");
			return "redirect:/office/admin/partners";
		}
		catch (StepRefused e) {
			invalid(e, form, redirect);
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("refusal", new StepRefused("partner.error.changed").refusal());
		}
		return "redirect:/office/admin/partners/" + id;
	}

	/** The form comes back with what was typed and the refusal beside its field. */
	private static void invalid(StepRefused e, PartnerForm form, RedirectAttributes redirect) {
		redirect.addFlashAttribute("refusal", e.refusal());
		redirect.addFlashAttribute("partner", form);
	}

	private static void choices(Model model) {
		model.addAttribute("kinds", PartnerKind.values());
		model.addAttribute("channels", Channel.values());
	}
}
