package org.openhotline.tracing.web;

import java.util.Optional;
import java.util.UUID;

import org.openhotline.shared.validation.InvalidField;
import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.tracing.HostingTrace;
import org.openhotline.tracing.HostingTracer;
import org.openhotline.tracing.HostingTraces;
import org.openhotline.tracing.TraceCorrection;
import org.openhotline.triage.Case;
import org.openhotline.triage.CaseForAction;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseQueries;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a case's host is: the trace with its sources, problems and the IP data's
 * attribution, a button to trace again, and the correction form.
 */
@Controller
class HostingController {

	private final CaseQueries cases;

	private final HostingTraces traces;

	private final HostingTracer tracer;

	HostingController(CaseQueries cases, HostingTraces traces, HostingTracer tracer) {
		this.cases = cases;
		this.traces = traces;
		this.tracer = tracer;
	}

	@GetMapping("/office/cases/{id}/hosting")
	String page(@PathVariable UUID id, Model model) {
		Case kase = kase(id);
		model.addAttribute("kase", kase);
		HostingTrace trace = traces.of(id).orElse(null);
		model.addAttribute("trace", trace);
		model.addAttribute("attribution", traces.attribution());
		if (trace != null && !model.containsAttribute("correction")) {
			model.addAttribute("correction", CorrectionForm.of(trace));
		}
		return "tracing/hosting";
	}

	@PostMapping("/office/cases/{id}/trace")
	String trace(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		Optional<CaseForAction> target = cases.forAction(new CaseId(id));
		if (target.isEmpty()) {
			kase(id);
			redirect.addFlashAttribute("error", "trace.error.not-actionable");
		}
		else {
			tracer.traceAgain(id, target.get().host(), target.get().registrableDomain(), staff.username());
			redirect.addFlashAttribute("notice", "trace.done");
		}
		return "redirect:/office/cases/" + id + "/hosting";
	}

	@PostMapping("/office/cases/{id}/hosting/correct")
	String correct(@PathVariable UUID id, @ModelAttribute CorrectionForm form,
			@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		kase(id);
		if (traces.of(id).isEmpty()) {
			redirect.addFlashAttribute("error", "trace.error.none");
			return "redirect:/office/cases/" + id + "/hosting";
		}
		try {
			tracer.correct(id, form.toCommand(), form.getVersion(), staff.username());
			redirect.addFlashAttribute("notice", "trace.correction-saved");
		}
		catch (InvalidField e) {
			redirect.addFlashAttribute("error", e.messageKey());
			redirect.addFlashAttribute("errorField", e.field());
			redirect.addFlashAttribute("correction", form);
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("error", "trace.error.changed");
		}
		return "redirect:/office/cases/" + id + "/hosting";
	}

	private Case kase(UUID id) {
		return cases.find(new CaseId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
