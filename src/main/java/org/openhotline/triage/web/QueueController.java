package org.openhotline.triage.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.intake.ReportChannel;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.OfficeFormErrors;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseQueries;
import org.openhotline.triage.CaseStatus;
import org.openhotline.triage.CaseWorkflow;
import org.openhotline.triage.QueueFilter;
import org.openhotline.triage.StaffRef;
import org.openhotline.triage.TriageProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The queue: open cases of every portal by priority, a page at a time, filtered by portals,
 * status, age, the person's own and unclaimed ones; the counts per status; "claim next"; and
 * for supervisors, closing chosen cases as duplicates of another. The filter shown is kept in
 * the session ({@link #FILTER}): "claim next" takes the top case of it, and the queue opened
 * without a filter (the menu) shows it again; "My cases" shows one's own without replacing it.
 */
@Controller
class QueueController {

	/** The session attribute holding the person's current {@link QueueFilter}. */
	static final String FILTER = "openhotline.queue-filter";

	/** The query of the menu's "My cases" link. */
	private static final String MY_CASES = "mine=true";

	/** The channels other than portals, which the queue may be filtered by as the portals are. */
	static final List<ReportChannel> CHANNELS = List.of(ReportChannel.API, ReportChannel.EXCHANGE);

	static final List<CaseStatus> STATUSES = List.of(CaseStatus.NEW, CaseStatus.CLAIMED, CaseStatus.SECOND_ASSESSMENT,
			CaseStatus.DISAGREEMENT);

	private final CaseQueries cases;

	private final CaseWorkflow workflow;

	private final TriageProperties properties;

	private final Clock clock;

	QueueController(CaseQueries cases, CaseWorkflow workflow, TriageProperties properties, Clock clock) {
		this.cases = cases;
		this.workflow = workflow;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/office/queue")
	String queue(@ModelAttribute("filterForm") QueueFilterForm form, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, HttpServletRequest request, HttpSession session) {
		QueueFilter filter = request.getQueryString() == null && session.getAttribute(FILTER) instanceof QueueFilter kept
				? kept : form.toFilter(properties.agedAfter());
		// "My cases" (the menu's link) is a look at one's own cases, not a new queue filter: the
		// queue opened from the menu afterwards, and "claim next", still use the person's filter
		if (!MY_CASES.equals(request.getQueryString())) {
			session.setAttribute(FILTER, filter);
		}
		return page(filter, page, staff, model);
	}

	/** Closes the chosen cases as duplicates of the original; a refusal shows the queue again with what was chosen and typed. */
	@PostMapping("/office/queue/duplicates")
	String duplicates(@RequestParam(name = "cases", required = false) List<UUID> chosen,
			@RequestParam(defaultValue = "") String original, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, HttpSession session,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<CaseId> ids = chosen == null ? List.of() : chosen.stream().distinct().limit(200).map(CaseId::new).toList();
		try {
			workflow.closeAsDuplicates(ids, original, new StaffRef(staff.accountId(), staff.displayName(), staff.username()));
		}
		catch (StepRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("errors", OfficeFormErrors.of(refused));
			model.addAttribute("original", original);
			model.addAttribute("chosen", ids.stream().map(CaseId::toString).toList());
			QueueFilter filter = session.getAttribute(FILTER) instanceof QueueFilter kept ? kept : QueueFilter.EVERYTHING;
			return page(filter, page, staff, model);
		}
		redirect.addFlashAttribute("closedAsDuplicates", ids.size());
		return "redirect:/office/queue";
	}

	private String page(QueueFilter filter, int page, StaffPrincipal staff, Model model) {
		Instant now = clock.instant();
		int safePage = Math.max(0, Math.min(page, 10_000));
		var lines = cases.queue(filter, staff.accountId(), now, safePage, properties.queuePageSize());
		boolean more = lines.size() > properties.queuePageSize();
		QueueFilterForm shown = QueueFilterForm.of(filter, properties.agedAfter());
		model.addAttribute("filterForm", shown);
		model.addAttribute("lines", more ? lines.subList(0, properties.queuePageSize()) : lines);
		model.addAttribute("more", more);
		model.addAttribute("page", safePage);
		model.addAttribute("counts", cases.counts(staff.accountId(), now));
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("ages", QueueFilterForm.AGES);
		List<String> portals = new ArrayList<>(cases.portalsSeen());
		filter.portals().stream().filter(p -> !portals.contains(p)).forEach(portals::add);
		// the channels are offered whether or not a report came by them yet, after the portals and in words
		portals.removeIf(p -> ReportChannel.ofSlug(p) != ReportChannel.PORTAL);
		model.addAttribute("portals", portals);
		model.addAttribute("channels", CHANNELS);
		model.addAttribute("agedHours", properties.agedAfter().toHours());
		model.addAttribute("supervisor", staff.role().authorities().contains(Role.SUPERVISOR.authority()));
		if (!model.containsAttribute("chosen")) {
			model.addAttribute("chosen", List.of());
		}
		if (!model.containsAttribute("original")) {
			model.addAttribute("original", "");
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", OfficeFormErrors.none());
		}
		model.addAttribute("now", now);
		return "triage/queue";
	}
}
