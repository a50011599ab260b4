package org.openhotline.triage.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.intake.ContactDetails;
import org.openhotline.intake.ReportDetails;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.OfficeFormErrors;
import org.openhotline.triage.Assessment;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseProgress;
import org.openhotline.triage.CaseQueries;
import org.openhotline.triage.CaseStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A case: its address as inert text (never a link, never fetched), its summary, the steps of
 * the case with their state, its reports, its assessments, and the steps the signed-in person
 * may take. Every step redirects back (post, redirect, get), with a banner saying what was
 * done; a refused form (assessment, settlement, reassignment) is shown in the POST's answer
 * with every error and everything chosen kept; any other refused step is a
 * {@link StepRefused}, which the shared advice shows on the case page.
 */
@Controller
class CaseController {

	static final int REPORTS_PER_PAGE = 20;

	/** Flash attribute: a message key the case page or the queue shows in a banner. */
	static final String NOTICE = "caseNotice";

	/** Flash attribute: the {@link SavedAssessment} the success banner tells of. */
	static final String SAVED = "saved";

	private static final Map<CaseStatus, String> STATUS_COLOURS = Map.of(CaseStatus.NEW, "blue", CaseStatus.CLAIMED,
			"yellow", CaseStatus.SECOND_ASSESSMENT, "orange", CaseStatus.DISAGREEMENT, "red", CaseStatus.ASSESSED,
			"orange", CaseStatus.CLOSED, "grey");

	private final CaseQueries cases;

	private final CaseWorkflow workflow;

	private final CaseProgress progress;

	private final NextCase next;

	private final ReportDetails reports;

	private final ContactDisclosure disclosure;

	private final AccountAdministration accounts;

	private final Clock clock;

	CaseController(CaseQueries cases, CaseWorkflow workflow, CaseProgress progress, NextCase next, ReportDetails reports,
			ContactDisclosure disclosure, AccountAdministration accounts, Clock clock) {
		this.accounts = accounts;
		this.cases = cases;
		this.workflow = workflow;
		this.progress = progress;
		this.next = next;
		this.reports = reports;
		this.disclosure = disclosure;
		this.clock = clock;
	}

	@GetMapping("/office/cases/{id}")
	String page(@PathVariable UUID id, @RequestParam(name = "reports-page", defaultValue = "1") int reportsPage,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
		CaseView c = cases.find(new CaseId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Instant now = clock.instant();
		UUID me = staff.accountId();
		StaffRef holder = c.holder(now);
		model.addAttribute("kase", c);
		model.addAttribute("holder", holder);
		var caseProgress = progress.of(c);
		model.addAttribute("progress", caseProgress);
		model.addAttribute("statusColour", caseProgress.removed() ? "green" : STATUS_COLOURS.get(c.status()));
		model.addAttribute("sources", cases.sources(c.id()));
		addReports(c, reportsPage, model);

		List<Assessment> seen = cases.assessmentsSeenBy(c.id(), me);
		boolean secondLook = c.status() == CaseStatus.SECOND_ASSESSMENT;
		boolean firstAssessorIsMe = secondLook && seen.stream()
			.anyMatch(a -> a.round() == Assessment.Round.FIRST && a.assessor().id().equals(me));
		model.addAttribute("assessments", seen);
		model.addAttribute("secondLook", secondLook);
		model.addAttribute("firstAssessorIsMe", firstAssessorIsMe);

		var taxonomy = cases.activeTaxonomy();
		model.addAttribute("taxonomy", taxonomy);
		model.addAttribute("outcomeLabels", taxonomy.outcomes()
			.stream()
			.collect(Collectors.toMap(o -> o.code(), o -> o.labelIn(locale.getLanguage()))));
		model.addAttribute("lang", locale.getLanguage());
		model.addAttribute("now", now);
		boolean supervisor = staff.role().authorities().contains(Role.SUPERVISOR.authority());
		model.addAttribute("supervisor", supervisor);
		model.addAttribute("analysts", supervisor ? accounts.assignableStaff() : List.of());

		boolean mine = holder != null && holder.id().equals(me);
		String assessAction = mine && (c.status() == CaseStatus.CLAIMED || secondLook) ? "assess"
				: supervisor && c.status() == CaseStatus.DISAGREEMENT ? "settle" : null;
		model.addAttribute("assessAction", assessAction);
		model.addAttribute("canClaim", c.status().isOpen() && c.status() != CaseStatus.DISAGREEMENT && !mine
				&& !firstAssessorIsMe);
		StaffRef claimedBy = c.claimedBy();
		model.addAttribute("canRelease", (c.status() == CaseStatus.CLAIMED || secondLook) && claimedBy != null
				&& claimedBy.id().equals(me));
		model.addAttribute("canReassign", supervisor && c.status().isOpen() && c.status() != CaseStatus.DISAGREEMENT);
		if (!model.containsAttribute("assessment")) {
			model.addAttribute("assessment", new AssessmentForm());
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", OfficeFormErrors.none());
		}
		if (!model.containsAttribute("reassignErrors")) {
			model.addAttribute("reassignErrors", OfficeFormErrors.none());
		}
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

	/** Gives the case back unassessed: it goes back to the queue for someone else. */
	@PostMapping("/office/cases/{id}/release")
	String release(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		workflow.release(new CaseId(id), ref(staff));
		redirect.addFlashAttribute(NOTICE, "case.released");
		return backTo(id);
	}

	/** {@code then=next}: once saved, claims the next case of the person's filter and opens it. */
	@PostMapping("/office/cases/{id}/assess")
	String assess(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff,
			@ModelAttribute("assessment") AssessmentForm form, @RequestParam(defaultValue = "save") String then,
			Model model, Locale locale, HttpServletResponse response, HttpSession session, RedirectAttributes redirect) {
		return assessment(id, staff, form, model, locale, response, redirect,
				() -> workflow.assess(new CaseId(id), ref(staff), form.toCommand()),
				"next".equals(then) ? session : null);
	}

	@PostMapping("/office/cases/{id}/settle")
	String settle(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff,
			@ModelAttribute("assessment") AssessmentForm form, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		return assessment(id, staff, form, model, locale, response, redirect,
				() -> workflow.settle(new CaseId(id), ref(staff), form.toCommand()), null);
	}

	/**
	 * A refused assessment is shown in this answer with every error and what was chosen and
	 * typed kept (the notes too), rather than redirected: a redirect would lose it or keep it
	 * in the session's table. A saved one goes to the case page, or with {@code session} (save
	 * and open next) to the next case claimed, or the queue when there is none.
	 */
	private String assessment(UUID id, StaffPrincipal staff, AssessmentForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect, Supplier<CaseStatus> action,
			@Nullable HttpSession session) {
		CaseStatus status;
		try {
			status = action.get();
		}
		catch (StepRefused refused) {
			refuse(response);
			model.addAttribute("errors", OfficeFormErrors.of(refused));
			return page(id, 1, staff, model, locale);
		}
		String outcome = cases.activeTaxonomy()
			.outcome(form.getOutcome())
			.map(o -> o.labelIn(locale.getLanguage()))
			.orElse(form.getOutcome());
		CaseId caseId = new CaseId(id);
		redirect.addFlashAttribute(SAVED, new SavedAssessment(id, reference(caseId), outcome, status));
		if (session == null) {
			return backTo(id);
		}
		Optional<CaseId> claimed = next.claim(ref(staff), session);
		if (claimed.isEmpty()) {
			redirect.addFlashAttribute(NOTICE, "case.nothing-to-claim");
			return "redirect:/office/queue";
		}
		return backTo(claimed.get().value());
	}

	@PostMapping("/office/cases/{id}/reassign")
	String reassign(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff,
			@RequestParam(defaultValue = "") String to, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			var target = accounts.assignableStaff()
				.stream()
				.filter(a -> a.id().value().toString().equals(to))
				.findFirst()
				.orElseThrow(() -> StepRefused.field("to", "case.error.no-such-analyst"));
			workflow.reassign(new CaseId(id), ref(staff),
					new StaffRef(target.id().value(), target.displayName(), target.username()));
			redirect.addFlashAttribute(NOTICE, "case.reassigned");
		}
		catch (StepRefused refused) {
			refuse(response);
			model.addAttribute("reassignErrors", OfficeFormErrors.of(refused));
			model.addAttribute("reassignTo", to);
			return page(id, 1, staff, model, locale);
		}
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

	private String reference(CaseId id) {
		return cases.find(id).map(CaseView::reference).orElse(id.toString());
	}

	private static void refuse(HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		response.setHeader("Cache-Control", "no-store");
	}

	private static String backTo(UUID id) {
		return "redirect:/office/cases/" + id;
	}

	static StaffRef ref(StaffPrincipal staff) {
		return new StaffRef(staff.accountId(), staff.displayName(), staff.username());
	}
}
