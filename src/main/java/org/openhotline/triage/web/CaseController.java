package org.openhotline.triage.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.intake.ContactDetails;
import org.openhotline.intake.ReportDetails;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseQueries;
import org.openhotline.triage.CaseView;
import org.openhotline.triage.CaseWorkflow;
import org.openhotline.triage.ContactDisclosure;
import org.openhotline.triage.StaffRef;
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

import jakarta.servlet.http.HttpServletResponse;

/**
 * A case: its address as inert text (never a link, never fetched), its reports, its
 * assessments, and the steps the signed-in person may take. Every step redirects back
 * (post, redirect, get); a refused or concurrent step is a {@link StepRefused}, which the
 * shared advice shows on the case page.
 */
@Controller
class CaseController {

	static final int REPORTS_PER_PAGE = 20;

	private final CaseQueries cases;

	private final CaseWorkflow workflow;

	private final ReportDetails reports;

	private final ContactDisclosure disclosure;

	private final AccountAdministration accounts;

	private final Clock clock;

	CaseController(CaseQueries cases, CaseWorkflow workflow, ReportDetails reports,
			ContactDisclosure disclosure, AccountAdministration accounts, Clock clock) {
		this.accounts = accounts;
		this.cases = cases;
		this.workflow = workflow;
		this.reports = reports;
		this.disclosure = disclosure;
		this.clock = clock;
	}

	@GetMapping("/office/cases/{id}")
	String page(@PathVariable UUID id, @RequestParam(name = "reports-page", defaultValue = "1") int reportsPage,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
		CaseView c = cases.find(new CaseId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("kase", c);
		model.addAttribute("holder", c.holder(clock.instant()));
		addReports(c, reportsPage, model);
		model.addAttribute("assessments", cases.assessments(c.id()));
		var taxonomy = cases.activeTaxonomy();
		model.addAttribute("taxonomy", taxonomy);
		model.addAttribute("outcomeLabels", taxonomy.outcomes()
			.stream()
			.collect(java.util.stream.Collectors.toMap(o -> o.code(), o -> o.labelIn(locale.getLanguage()))));
		model.addAttribute("ageHours", java.time.Duration.between(c.firstReportedAt(), clock.instant()).toHours());
		model.addAttribute("lang", locale.getLanguage());
		model.addAttribute("now", clock.instant());
		boolean supervisor = staff.role().authorities().contains(Role.SUPERVISOR.authority());
		model.addAttribute("supervisor", supervisor);
		model.addAttribute("analysts", supervisor ? accounts.assignableStaff() : List.of());
		return "triage/case";
	}

	/** One page of the case's reports, numbered from 1: one URL may be reported thousands of times. */
	private void addReports(CaseView c, int requestedPage, Model model) {
		int total = c.reportCount();
		int pages = Math.max(1, (total + REPORTS_PER_PAGE - 1) / REPORTS_PER_PAGE);
		int page = Math.min(Math.max(requestedPage, 1), pages);
		List<UUID> reportIds = cases.reports(c.id(), page - 1, REPORTS_PER_PAGE)
			.stream()
			.map(CaseQueries.ReportLink::reportId)
			.toList();
		model.addAttribute("reports", reports.summaries(reportIds));
		model.addAttribute("reportsTotal", total);
		model.addAttribute("reportsPage", page);
		model.addAttribute("reportsPages", pages);
		model.addAttribute("reportsFrom", Math.min(total, (page - 1) * REPORTS_PER_PAGE + 1));
		model.addAttribute("reportsTo", Math.min(total, page * REPORTS_PER_PAGE));
	}

	@PostMapping("/office/cases/{id}/claim")
	String claim(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff) {
		workflow.claim(new CaseId(id), ref(staff));
		return backTo(id);
	}

	@PostMapping("/office/cases/{id}/assess")
	String assess(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff,
			@ModelAttribute("assessment") AssessmentForm form, Model model, Locale locale, HttpServletResponse response) {
		return assessment(id, staff, form, model, locale, response,
				() -> workflow.assess(new CaseId(id), ref(staff), form.toCommand()));
	}

	@PostMapping("/office/cases/{id}/settle")
	String settle(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff,
			@ModelAttribute("assessment") AssessmentForm form, Model model, Locale locale, HttpServletResponse response) {
		return assessment(id, staff, form, model, locale, response,
				() -> workflow.settle(new CaseId(id), ref(staff), form.toCommand()));
	}

	/**
	 * A refused assessment is shown in this answer with what was chosen and typed kept (the notes
	 * too), rather than redirected: a redirect would lose it or keep it in the session's table.
	 */
	private String assessment(UUID id, StaffPrincipal staff, AssessmentForm form, Model model, Locale locale,
			HttpServletResponse response, Runnable action) {
		try {
			action.run();
		}
		catch (StepRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("refusal", refused.refusal());
			return page(id, 1, staff, model, locale);
		}
		return backTo(id);
	}

	@PostMapping("/office/cases/{id}/reassign")
	String reassign(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff, @RequestParam UUID to) {
		var target = accounts.assignableStaff()
			.stream()
			.filter(a -> a.id().value().equals(to))
			.findFirst()
			.orElseThrow(() -> new StepRefused("case.error.no-such-analyst"));
		workflow.reassign(new CaseId(id), ref(staff), new StaffRef(to, target.displayName(), target.username()));
		return backTo(id);
	}

	/** The details are shown in this answer itself (no-store), never kept in the session, which lives in the database. */
	@PostMapping("/office/cases/{id}/reports/{report}/contact")
	String contact(@PathVariable UUID id, @PathVariable UUID report,
			@RequestParam(name = "reports-page", defaultValue = "1") int reportsPage,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale, HttpServletResponse response) {
		Optional<ContactDetails> contact;
		try {
			contact = disclosure.reveal(new CaseId(id), report, staff.username());
		}
		catch (StepRefused notOfThisCase) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		response.setHeader("Cache-Control", "no-store");
		contact.ifPresentOrElse(details -> model.addAttribute("contact", details.value()),
				() -> model.addAttribute("refusal", new StepRefused("case.error.no-contact").refusal()));
		model.addAttribute("contactReport", report);
		return page(id, reportsPage, staff, model, locale);
	}

	private static String backTo(UUID id) {
		return "redirect:/office/cases/" + id;
	}

	private static StaffRef ref(StaffPrincipal staff) {
		return new StaffRef(staff.accountId(), staff.displayName(), staff.username());
	}
}
