package org.openhotline.takedown.web;

import java.util.UUID;

import org.openhotline.shared.validation.StepRefused;
import org.openhotline.takedown.TakedownWork;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The takedown list: content still online, checks that are due, mails that could not be sent. */
@Controller
class TakedownListController {

	private static final int LIMIT = 200;

	private final TakedownWork work;

	TakedownListController(TakedownWork work) {
		this.work = work;
	}

	@GetMapping("/office/takedown")
	String list(Model model) {
		model.addAttribute("open", work.open(LIMIT));
		model.addAttribute("givenUp", work.givenUp(LIMIT));
		return "takedown/list";
	}

	@PostMapping("/office/takedown/mails/{id}/retry")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		if (work.retry(id)) {
			redirect.addFlashAttribute("notice", "takedown.mail.retried");
		}
		else {
			redirect.addFlashAttribute("refusal", new StepRefused("takedown.mail.not-retried").refusal());
		}
		return "redirect:/office/takedown";
	}
}
