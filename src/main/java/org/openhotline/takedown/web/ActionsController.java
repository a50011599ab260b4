package org.openhotline.takedown.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.OfficeFormErrors;
import org.openhotline.takedown.ActionProgress;
import org.openhotline.takedown.ActionProgressSource;
import org.openhotline.takedown.NoticeMail;
import org.openhotline.takedown.PartnerContact;
import org.openhotline.takedown.PartnerDirectory;
import org.openhotline.takedown.TakedownAction;
import org.openhotline.takedown.TakedownWork;
import org.openhotline.takedown.Takedowns;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * A case's notices and referrals: the policy's proposal (which the analyst may change), what
 * was already sent (shown as sent, never offered again), how its mails fared, and one form to
 * record a check. Sending and confirming a removal each go through a page that shows exactly
 * what will happen; only the form of that page does it. A refused form comes back in the
 * POST's answer (422) with what was chosen or typed kept and every error in its summary.
 */
@Controller
class ActionsController {

	private static final Set<String> TIME_ERRORS = Set.of("takedown.error.time", "takedown.error.future",
			"takedown.error.before-first-report", "takedown.error.before-first-notice");

	private static final String ONLINE = "online";

	private static final String REMOVED = "removed";

	/** The check form as typed: the moment ({@code at}, UTC) and what was seen ({@code state}). */
	record CheckForm(@Nullable String at, @Nullable String state) {
	}

	private final CaseQueries cases;

	private final Takedowns takedowns;

	private final TakedownWork work;

	private final Clock clock;

	private final ObjectProvider<ActionProgressSource> progress;

	private final PartnerDirectory partners;

	ActionsController(CaseQueries cases, Takedowns takedowns, TakedownWork work, Clock clock,
			ObjectProvider<ActionProgressSource> progress, PartnerDirectory partners) {
		this.cases = cases;
		this.partners = partners;
		this.progress = progress;
		this.takedowns = takedowns;
		this.work = work;
		this.clock = clock;
	}

	/** The page; {@code chosen}, {@code at} and {@code state} come from a check page's "Change". */
	@GetMapping("/office/cases/{id}/actions")
	String page(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> chosen,
			@RequestParam(required = false) @Nullable String at, @RequestParam(required = false) @Nullable String state,
			Model model) {
		if (chosen != null) {
			model.addAttribute("chosen", Set.copyOf(chosen));
		}
		model.addAttribute("check", new CheckForm(at, state));
		return page(id, model);
	}

	/** "Continue": what the chosen notices would be, for the analyst to check before sending. */
	@PostMapping("/office/cases/{id}/actions/review")
	String review(@PathVariable UUID id, @RequestParam(name = "chosen", required = false) @Nullable List<String> chosen,
			Model model, HttpServletResponse response) {
		Set<String> keys = keys(chosen);
		try {
			return sendCheck(takedowns.plan(id, keys), model);
		}
		catch (StepRefused refused) {
			return sendRefused(id, refused, keys, model, response);
		}
	}

	/**
	 * "Send", from the check page: what it showed ({@code shown}) is sent, and nothing else. A
	 * post that did not come from a check page shows it instead; a second post of the same
	 * page (a double click, a second tab, the back button) is refused: nothing is sent twice.
	 */
	@PostMapping("/office/cases/{id}/actions/send")
	String send(@PathVariable UUID id, @RequestParam(name = "chosen", required = false) @Nullable List<String> chosen,
			@RequestParam(required = false) @Nullable String shown, @AuthenticationPrincipal StaffPrincipal staff,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Set<String> keys = keys(chosen);
		try {
			if (shown == null || shown.isBlank()) {
				return sendCheck(takedowns.plan(id, keys), model);
			}
			takedowns.send(id, keys, shown, staff.username());
		}
		catch (StepRefused refused) {
			if (refused.messageKey().equals("takedown.error.changed-since-check")) {
				return sendCheckAgain(id, refused, keys, model, response);
			}
			return sendRefused(id, refused, keys, model, response);
		}
		catch (OptimisticLockingFailureException e) {
			return sendRefused(id, new StepRefused("takedown.error.changed"), keys, model, response);
		}
		redirect.addFlashAttribute("notice", "takedown.sent");
		return "redirect:/office/cases/" + id + "/actions";
	}

	/**
	 * The one check form: "still online" is recorded at once; "removed" leads to the page that
	 * confirms it.
	 */
	@PostMapping("/office/cases/{id}/actions/check")
	String check(@PathVariable UUID id, @RequestParam(required = false) @Nullable String at,
			@RequestParam(required = false) @Nullable String state, @AuthenticationPrincipal StaffPrincipal staff,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		CheckForm form = new CheckForm(at, state);
		try {
			List<StepRefused> refusals = new ArrayList<>();
			Instant moment = moment(at, refusals);
			if (!ONLINE.equals(state) && !REMOVED.equals(state)) {
				refusals.add(StepRefused.field("state", "takedown.error.state"));
			}
			if (!refusals.isEmpty()) {
				throw StepRefused.all(refusals);
			}
			if (REMOVED.equals(state)) {
				return removalCheck(id, takedowns.removalTime(id, moment), model);
			}
			takedowns.checkedStillLive(id, moment, staff.username());
		}
		catch (StepRefused refused) {
			return checkRefused(id, refused, form, model, response);
		}
		redirect.addFlashAttribute("notice", "takedown.checked");
		return "redirect:/office/cases/" + id + "/actions";
	}

	/** "Confirm removal", from its check page; a post without the confirmation shows that page. */
	@PostMapping("/office/cases/{id}/actions/removed")
	String removed(@PathVariable UUID id, @RequestParam(required = false) @Nullable String at,
			@RequestParam(required = false) @Nullable String confirm, @AuthenticationPrincipal StaffPrincipal staff,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		CheckForm form = new CheckForm(at, REMOVED);
		try {
			List<StepRefused> refusals = new ArrayList<>();
			Instant moment = moment(at, refusals);
			if (!refusals.isEmpty()) {
				throw StepRefused.all(refusals);
			}
			if (!"yes".equals(confirm)) {
				return removalCheck(id, takedowns.removalTime(id, moment), model);
			}
			takedowns.removed(id, moment, staff.username());
		}
		catch (StepRefused refused) {
			return checkRefused(id, refused, form, model, response);
		}
		catch (OptimisticLockingFailureException e) {
			return checkRefused(id, new StepRefused("takedown.error.changed"), form, model, response);
		}
		redirect.addFlashAttribute("notice", "takedown.removed");
		return "redirect:/office/cases/" + id + "/actions";
	}

	private String page(UUID id, Model model) {
		var kase = cases.find(new CaseId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("kase", kase);
		var overview = takedowns.overview(id).orElse(null);
		model.addAttribute("overview", overview);
		Map<UUID, List<NoticeMail>> mails = new HashMap<>();
		if (overview != null) {
			for (TakedownAction action : overview.actions()) {
				mails.put(action.id(), work.mailsOf(action.id()));
			}
		}
		model.addAttribute("mails", mails);
		Map<UUID, List<ActionProgress>> lines = new HashMap<>();
		if (overview != null && !overview.actions().isEmpty()) {
			progress.orderedStream()
				.forEach(source -> source.progressOf(id, overview.actions())
					.forEach((action, more) -> lines.computeIfAbsent(action, a -> new ArrayList<>()).addAll(more)));
		}
		model.addAttribute("actionProgress", lines);
		model.addAttribute("now", MomentField.format(clock.instant()));
		model.addAttribute("byExchange", byExchange());
		if (!model.containsAttribute("check")) {
			model.addAttribute("check", new CheckForm(null, null));
		}
		return "takedown/actions";
	}

	private String sendCheck(Takedowns.Plan plan, Model model) {
		model.addAttribute("kase", plan.kase());
		model.addAttribute("plan", plan);
		model.addAttribute("byExchange", byExchange());
		return "takedown/send-check";
	}

	/** The partners a referral goes to as a signed document rather than by e-mail: the page says so. */
	private Set<UUID> byExchange() {
		return partners.all().stream().filter(p -> p.exchange().sendsByExchange()).map(PartnerContact::id)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** What would be sent changed since the check page: the page again, as it is now. */
	private String sendCheckAgain(UUID id, StepRefused changed, Set<String> keys, Model model,
			HttpServletResponse response) {
		try {
			Takedowns.Plan plan = takedowns.plan(id, keys);
			model.addAttribute("errors", OfficeFormErrors.of(changed));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return sendCheck(plan, model);
		}
		catch (StepRefused refused) {
			return sendRefused(id, refused, keys, model, response);
		}
	}

	private String sendRefused(UUID id, StepRefused refused, Set<String> keys, Model model,
			HttpServletResponse response) {
		model.addAttribute("sendErrors", OfficeFormErrors.of(refused));
		model.addAttribute("chosen", keys);
		return refusedPage(id, model, response);
	}

	private String removalCheck(UUID id, Instant removedAt, Model model) {
		model.addAttribute("kase", takedowns.overview(id).orElseThrow(() -> new StepRefused("takedown.error.not-actionable"))
			.kase());
		model.addAttribute("removedAt", removedAt);
		model.addAttribute("at", MomentField.format(removedAt));
		return "takedown/removed-check";
	}

	/** A refused time belongs beside the time field, whichever step refused it. */
	private String checkRefused(UUID id, StepRefused refused, CheckForm form, Model model,
			HttpServletResponse response) {
		List<StepRefused> refusals = new ArrayList<>();
		for (StepRefused.Refusal r : refused.refusals()) {
			String field = r.field() == null && TIME_ERRORS.contains(r.messageKey()) ? "at" : r.field();
			refusals.add(field == null ? new StepRefused(r.messageKey(), r.args())
					: StepRefused.field(field, r.messageKey(), r.args()));
		}
		model.addAttribute("checkErrors", OfficeFormErrors.of(StepRefused.all(refusals)));
		model.addAttribute("check", form);
		return refusedPage(id, model, response);
	}

	private String refusedPage(UUID id, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		response.setHeader("Cache-Control", "no-store");
		return page(id, model);
	}

	/** The moment typed, UTC to the second (blank: now); a refusal of the field is added to {@code refusals}. */
	private Instant moment(@Nullable String at, List<StepRefused> refusals) {
		try {
			return MomentField.parse(at, clock);
		}
		catch (StepRefused refused) {
			refusals.add(StepRefused.field("at", refused.messageKey()));
			return clock.instant();
		}
	}

	private static Set<String> keys(@Nullable List<String> chosen) {
		return chosen == null ? Set.of() : new LinkedHashSet<>(chosen);
	}
}
