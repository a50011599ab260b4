package org.openhotline.triage.web;

import java.time.Clock;
import java.time.Instant;

import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.triage.CaseQueries;
import org.openhotline.triage.TriageProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's home: who is signed in and, for those who work cases, the open cases per
 * status (each a link to the queue filtered so), their own cases and "claim next". A portal
 * partner works no case: their home leads to the statistics of their portals.
 */
@Controller
class OfficeHomeController {

	private final CaseQueries cases;

	private final TriageProperties properties;

	private final Clock clock;

	OfficeHomeController(CaseQueries cases, TriageProperties properties, Clock clock) {
		this.cases = cases;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/office")
	String home(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		boolean worksCases = staff.role().authorities().contains(Role.ANALYST.authority());
		model.addAttribute("worksCases", worksCases);
		if (worksCases) {
			Instant now = clock.instant();
			model.addAttribute("counts", cases.counts(staff.accountId(), now));
			model.addAttribute("statuses", QueueController.STATUSES);
			model.addAttribute("agedHours", properties.agedAfter().toHours());
		}
		return "triage/home";
	}
}
