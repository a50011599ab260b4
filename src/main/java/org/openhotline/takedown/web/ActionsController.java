package org.openhotline.takedown.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.takedown.NoticeMail;
import org.openhotline.takedown.TakedownAction;
import org.openhotline.takedown.TakedownWork;
import org.openhotline.takedown.Takedowns;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseQueries;
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

/**
 * A case's notices and referrals: the policy's proposal (which the analyst may change),
 * what was sent and how its mails fared, and the forms to record a check or the removal.
 */
@Controller
class ActionsController {

	private static final Set<String> TIME_ERRORS = Set.of("takedown.error.time", "takedown.error.future",
			"takedown.error.before-first-report", "takedown.error.before-first-notice");

	private final CaseQueries cases;

	private final Takedowns takedowns;

	private final TakedownWork work;

	private final Clock clock;

	ActionsController(CaseQueries cases, Takedowns takedowns, TakedownWork work, Clock clock) {
		this.cases = cases;
		this.takedowns = takedowns;
		this.work = work;
		this.clock = clock;
	}

	@GetMapping("/office/cases/{id}/actions")
	String page(@PathVariable UUID id, Model model) {
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
		model.addAttribute("now", MomentField.format(clock.instant()));
		return "takedown/actions";
	}

	@PostMapping("/office/cases/{id}/actions/send")
	String send(@PathVariable UUID id, @RequestParam(name = "chosen", required = false) @Nullable List<String> chosen,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, redirect, "takedown.sent",
				() -> takedowns.send(id, chosen == null ? Set.of() : Set.copyOf(chosen), staff.username()));
	}

	@PostMapping("/office/cases/{id}/actions/check")
	String check(@PathVariable UUID id, @RequestParam(required = false) @Nullable String at,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, redirect, "takedown.checked", "check-at", at,
				() -> takedowns.checkedStillLive(id, MomentField.parse(at, clock), staff.username()));
	}

	@PostMapping("/office/cases/{id}/actions/removed")
	String removed(@PathVariable UUID id, @RequestParam(required = false) @Nullable String at,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		return step(id, redirect, "takedown.removed", "removed-at", at,
				() -> takedowns.removed(id, MomentField.parse(at, clock), staff.username()));
	}

	private String step(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		return step(id, redirect, done, null, null, action);
	}

	/** A refused time is shown beside its field ({@code field}), which keeps what was typed. */
	private String step(UUID id, RedirectAttributes redirect, String done, @Nullable String field,
			@Nullable String typed, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (StepRefused e) {
			if (field != null && TIME_ERRORS.contains(e.messageKey())) {
				redirect.addFlashAttribute("refusal",
						StepRefused.field(field, e.messageKey(), e.arguments().toArray()).refusal());
				redirect.addFlashAttribute("typed", typed == null ? "" : typed);
			}
			else {
				redirect.addFlashAttribute("refusal", e.refusal());
			}
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("refusal", new StepRefused("takedown.error.changed").refusal());
		}
		return "redirect:/office/cases/" + id + "/actions";
	}
}
