package org.openhotline.organisations.web;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.organisations.ApiCallbacks;
import org.openhotline.organisations.CallbackHealthSource;
import org.openhotline.organisations.ApiKeys;
import org.openhotline.organisations.ApiScope;
import org.openhotline.organisations.IssuedKey;
import org.openhotline.organisations.ListLevel;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationKind;
import org.openhotline.organisations.OrganisationView;
import org.openhotline.organisations.Organisations;
import org.openhotline.organisations.OrganisationsProperties;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.OfficeFormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.beans.factory.ObjectProvider;
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

/**
 * The organisations that use the APIs and their keys, for administrators. A new key's secret
 * is shown in the answer to the POST that made it (no-store), never passed through the
 * session, which lives in the database. The staff member is read as a plain {@link Principal}
 * (its name is the user name), so that this module needs nothing of accounts.
 */
@Controller
class OrganisationsController {

	private final Organisations organisations;

	private final ApiKeys keys;

	private final OrganisationsProperties properties;

	private final ApiCallbacks callbacks;

	/** The report API's, which depends on this module. */
	private final ObjectProvider<CallbackHealthSource> callbackHealth;

	OrganisationsController(Organisations organisations, ApiKeys keys, OrganisationsProperties properties,
			ApiCallbacks callbacks, ObjectProvider<CallbackHealthSource> callbackHealth) {
		this.callbacks = callbacks;
		this.callbackHealth = callbackHealth;
		this.organisations = organisations;
		this.keys = keys;
		this.properties = properties;
	}

	@GetMapping("/office/organisations")
	String list(Model model) {
		model.addAttribute("organisations", organisations.all());
		return "organisations/list";
	}

	@GetMapping("/office/organisations/new")
	String blank(Model model) {
		model.addAttribute("organisation", new OrganisationForm());
		return form(model);
	}

	@PostMapping("/office/organisations/new")
	String create(@ModelAttribute("organisation") OrganisationForm form, @AuthenticationPrincipal Principal staff,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			OrganisationId id = organisations.create(form.toCommand(), staff.getName());
			redirect.addFlashAttribute("notice", "organisation.added");
			return "redirect:/office/organisations/" + id;
		}
		catch (StepRefused refused) {
			refused("errors", refused, model, response);
			return form(model);
		}
	}

	@GetMapping("/office/organisations/{id}")
	String show(@PathVariable UUID id, Model model) {
		OrganisationView organisation = existing(id);
		if (!model.containsAttribute("organisation")) {
			model.addAttribute("organisation", OrganisationForm.of(organisation));
		}
		return detail(organisation, model);
	}

	@PostMapping("/office/organisations/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("organisation") OrganisationForm form,
			@AuthenticationPrincipal Principal staff, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		OrganisationView organisation = existing(id);
		try {
			organisations.update(organisation.id(), form.toCommand(), staff.getName());
			if (form.isActive() != organisation.active()) {
				organisations.setActive(organisation.id(), form.isActive(), staff.getName());
			}
			redirect.addFlashAttribute("notice", "organisation.changed");
			return "redirect:/office/organisations/" + id;
		}
		catch (StepRefused refused) {
			refused("errors", refused, model, response);
			return detail(organisation, model);
		}
	}

	@PostMapping("/office/organisations/{id}/keys")
	String issue(@PathVariable UUID id, @RequestParam(defaultValue = "") String expiresAt,
			@RequestParam(name = "scope", required = false) java.util.@Nullable List<String> scope,
			@AuthenticationPrincipal Principal staff, Model model, HttpServletResponse response) {
		OrganisationView organisation = existing(id);
		try {
			IssuedKey issued = keys.issue(organisation.id(), scopes(scope), expiry(expiresAt), staff.getName());
			return withSecret(organisation, issued, model, response);
		}
		catch (StepRefused refused) {
			refused("keyErrors", refused, model, response);
			model.addAttribute("expiresAt", expiresAt);
			model.addAttribute("organisation", OrganisationForm.of(organisation));
			return detail(organisation, model);
		}
	}

	/** The scopes ticked; none ticked (a form of before the report API) is the URL list. */
	private static java.util.Set<ApiScope> scopes(java.util.@Nullable List<String> ticked) {
		java.util.Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
		if (ticked != null) {
			ticked.stream().map(ApiScope::ofWireName).flatMap(java.util.Optional::stream).forEach(scopes::add);
		}
		if (scopes.isEmpty()) {
			scopes.add(ApiScope.URL_LIST);
		}
		return scopes;
	}

	@PostMapping("/office/organisations/{id}/keys/rotate")
	String rotate(@PathVariable UUID id, @AuthenticationPrincipal Principal staff, Model model,
			HttpServletResponse response) {
		OrganisationView organisation = existing(id);
		return withSecret(organisation, keys.rotate(organisation.id(), staff.getName()), model, response);
	}

	@PostMapping("/office/organisations/{id}/keys/{keyId}/revoke")
	String revoke(@PathVariable UUID id, @PathVariable UUID keyId, @AuthenticationPrincipal Principal staff,
			RedirectAttributes redirect) {
		OrganisationView organisation = existing(id);
		try {
			keys.revoke(organisation.id(), keyId, staff.getName());
			redirect.addFlashAttribute("notice", "api-key.done.revoked");
		}
		catch (StepRefused refused) {
			redirect.addFlashAttribute("refusal", refused.refusal());
		}
		return "redirect:/office/organisations/" + id;
	}

	/** Where the organisation's API reports go in the analysts' queue. */
	@PostMapping("/office/organisations/{id}/priority")
	String priority(@PathVariable UUID id, @RequestParam(defaultValue = "") String priority,
			@AuthenticationPrincipal Principal staff, RedirectAttributes redirect) {
		OrganisationView organisation = existing(id);
		try {
			int value;
			try {
				value = Integer.parseInt(priority.strip());
			}
			catch (NumberFormatException ex) {
				throw new StepRefused("organisation.error.priority");
			}
			organisations.setReportPriority(organisation.id(), value, staff.getName());
			redirect.addFlashAttribute("notice", "organisation.changed");
		}
		catch (StepRefused refused) {
			redirect.addFlashAttribute("refusal", refused.refusal());
		}
		return "redirect:/office/organisations/" + id;
	}

	/** Nothing more is sent to the organisation's callback (audited). */
	@PostMapping("/office/organisations/{id}/callback/remove")
	String removeCallback(@PathVariable UUID id, @AuthenticationPrincipal Principal staff, RedirectAttributes redirect) {
		OrganisationView organisation = existing(id);
		redirect.addFlashAttribute("notice",
				callbacks.remove(organisation.id(), staff.getName()) ? "callback.removed" : "callback.already-removed");
		return "redirect:/office/organisations/" + id;
	}

	/** A refused form comes back in this answer, what was typed kept, every error in its summary. */
	private static void refused(String attribute, StepRefused refused, Model model, HttpServletResponse response) {
		model.addAttribute(attribute, OfficeFormErrors.of(refused));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		response.setHeader("Cache-Control", "no-store");
	}

	private String withSecret(OrganisationView organisation, IssuedKey issued, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("issued", issued);
		model.addAttribute("issuedForList", issued.key().scopes().contains(ApiScope.URL_LIST));
		model.addAttribute("issuedForReports", issued.key().scopes().contains(ApiScope.REPORTS));
		model.addAttribute("issuedForExchange", issued.key().scopes().contains(ApiScope.EXCHANGE));
		model.addAttribute("organisation", OrganisationForm.of(organisation));
		return detail(organisation, model);
	}

	private String detail(OrganisationView organisation, Model model) {
		model.addAttribute("view", organisation);
		model.addAttribute("keys", keys.keysOf(organisation.id()));
		model.addAttribute("changeoverHours", properties.keyChangeover().toHours());
		model.addAttribute("reportPriority", organisations.reportPriority(organisation.id()));
		model.addAttribute("callback", callbacks.of(organisation.id()).orElse(null));
		CallbackHealthSource health = callbackHealth.getIfAvailable();
		model.addAttribute("callbackHealth", health == null ? null : health.healthOf(organisation.id()));
		return form(model);
	}

	private static String form(Model model) {
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("levels", ListLevel.values());
		return model.containsAttribute("view") ? "organisations/organisation" : "organisations/new";
	}

	/** Valid through the chosen day (UTC): it expires when that day ends. */
	private static @Nullable Instant expiry(String expiresAt) {
		if (expiresAt.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(expiresAt.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeParseException e) {
			throw StepRefused.field("expiresAt", "api-key.error.date");
		}
	}

	private OrganisationView existing(UUID id) {
		return organisations.find(new OrganisationId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
