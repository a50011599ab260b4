package org.openhotline.triage.web;

import org.openhotline.accounts.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;

/** The working loop's "claim next": opens the case claimed, or says in the queue that there is none. */
@Controller
class ClaimNextController {

	private final NextCase next;

	ClaimNextController(NextCase next) {
		this.next = next;
	}

	@PostMapping("/office/queue/next")
	String claimNext(@AuthenticationPrincipal StaffPrincipal staff, HttpSession session, RedirectAttributes redirect) {
		return next.claim(CaseController.ref(staff), session)
			.map(id -> "redirect:/office/cases/" + id.value())
			.orElseGet(() -> {
				redirect.addFlashAttribute(CaseController.NOTICE, "case.nothing-to-claim");
				return "redirect:/office/queue";
			});
	}
}
