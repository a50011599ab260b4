package org.openhotline.audit.web;

import java.security.Principal;

import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.audit.AuditVerifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The audit trail for administrators: the latest entries, and the verifier on demand. */
@Controller
class AuditController {

	private final AuditTrail trail;

	private final AuditVerifier verifier;

	AuditController(AuditTrail trail, AuditVerifier verifier) {
		this.trail = trail;
		this.verifier = verifier;
	}

	@GetMapping("/office/admin/audit")
	String page(Model model) {
		model.addAttribute("entries", trail.latest(200));
		return "audit/audit";
	}

	@PostMapping("/office/admin/audit/verify")
	String verify(Principal staff, RedirectAttributes redirect) {
		AuditVerifier.Verification verification = verifier.verify();
		trail.record(staff.getName(), AuditAction.AUDIT_VERIFIED, "",
				verification.intact() ? "intact, " + verification.entriesChecked() + " entries"
						: "broken at " + verification.firstBroken() + " (" + verification.problem() + ")");
		redirect.addFlashAttribute("verification", verification);
		return "redirect:/office/admin/audit";
	}
}
