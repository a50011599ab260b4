package org.openhotline.tracing.web;

import java.util.Optional;
import java.util.UUID;

import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.OfficeFormErrors;
import org.openhotline.tracing.HostingTrace;
import org.openhotline.tracing.HostingTracer;
import org.openhotline.tracing.HostingTraces;
import org.openhotline.triage.CaseForAction;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseQueries;
import org.openhotline.triage.CaseView;
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

import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a case's host is: the trace with its sources, problems and the IP data's
 * attribution, a button to trace again, and the correction form. A refused step comes back
 * to this page as a {@link StepRefused.Refusal}; a refused correction comes back in the POST's
 * answer with every error and what was typed.
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
		CaseView kase = kase(id);
		model.addAttribute("kase", kase);
		HostingTrace trace = traces.of(id).orElse(null);
		model.addAttribute("trace", trace);
		model.addAttribute("attribution", traces.attribution());
		if (trace != null && !model.containsAttribute("correction")) {
			model.addAttribute("correction", CorrectionForm.of(trace));
		}
		return "tracing/hosting";
	}

	/** Posted from the hosting page, but not below it: so it sends its refusal back there itself. */
	@PostMapping("/office/cases/{id}/trace")
	String trace(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
		Optional<CaseForAction> target = cases.forAction(new CaseId(id));
		if (target.isEmpty()) {
			kase(id);
			redirect.addFlashAttribute("refusal", new StepRefused("trace.error.not-actionable").refusal());
		}
		else {
			tracer.traceAgain(id, target.get().host(), target.get().registrableDomain(), staff.username());
			redirect.addFlashAttribute("notice", "trace.done");
		}
		return backTo(id);
	}

	@PostMapping("/office/cases/{id}/hosting/correct")
	String correct(@PathVariable UUID id, @ModelAttribute("correction") CorrectionForm form,
			@AuthenticationPrincipal StaffPrincipal staff, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		kase(id);
		if (traces.of(id).isEmpty()) {
			throw new StepRefused("trace.error.none");
		}
		try {
			tracer.correct(id, form.toCommand(), form.getVersion(), staff.username());
			redirect.addFlashAttribute("notice", "trace.correction-saved");
		}
		catch (StepRefused refused) {
			// the form comes back in this answer, what was typed kept, every error beside its field
			model.addAttribute("errors", OfficeFormErrors.of(refused));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			response.setHeader("Cache-Control", "no-store");
			return page(id, model);
		}
		catch (OptimisticLockingFailureException e) {
			throw new StepRefused("trace.error.changed");
		}
		return backTo(id);
	}

	private CaseView kase(UUID id) {
		return cases.find(new CaseId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String backTo(UUID id) {
		return "redirect:/office/cases/" + id + "/hosting";
	}
}
