package org.openhotline.blocklist.web;

import java.util.Optional;
import java.util.UUID;

import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.blocklist.EntryView;
import org.openhotline.blocklist.ListEntries;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.OfficeFormErrors;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseQueries;
import org.openhotline.triage.CaseView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A case's entry on the URL list: what it lists (the address as inert text, never a link),
 * and, while it is listed, widening it to the whole host, narrowing it back, or taking it off
 * with a reason. A refused step other than the reason goes back to the page through the shared
 * advice; a refused reason comes back in the POST's answer with what was typed.
 */
@Controller
class CaseEntryController {

	private final ListEntries entries;

	private final CaseQueries cases;

	CaseEntryController(ListEntries entries, CaseQueries cases) {
		this.entries = entries;
		this.cases = cases;
	}

	@GetMapping("/office/cases/{id}/url-list")
	String page(@PathVariable UUID id, Model model) {
		Optional<CaseView> kase = cases.find(new CaseId(id));
		Optional<EntryView> entry = entries.ofCase(id);
		if (kase.isEmpty() && entry.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("caseId", id);
		model.addAttribute("kase", kase.orElse(null));
		model.addAttribute("entry", entry.orElse(null));
		if (!model.containsAttribute("reason")) {
			model.addAttribute("reason", "");
		}
		return "blocklist/entry";
	}

	@PostMapping("/office/cases/{id}/url-list/widen")
	String widen(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		entries.widen(id, staff.username());
		return done(id, "list.entry.widened", redirect);
	}

	@PostMapping("/office/cases/{id}/url-list/narrow")
	String narrow(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		entries.narrow(id, staff.username());
		return done(id, "list.entry.narrowed", redirect);
	}

	@PostMapping("/office/cases/{id}/url-list/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			entries.withdraw(id, reason, staff.username());
		}
		catch (StepRefused refused) {
			if (refused.field() == null) {
				throw refused;
			}
			model.addAttribute("errors", OfficeFormErrors.of(refused));
			model.addAttribute("reason", reason);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			response.setHeader("Cache-Control", "no-store");
			return page(id, model);
		}
		return done(id, "list.entry.withdrawn", redirect);
	}

	private static String done(UUID id, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/office/cases/" + id + "/url-list";
	}
}
