package org.openhotline.accounts.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AccountId;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.shared.validation.StepRefused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Administrators create, disable and enable accounts, reset second factors and issue set-up
 * links. A set-up link is shown in the answer to the POST that made it (no-store), never
 * passed through the session, which lives in the database.
 */
@Controller
class AccountsAdminController {

	private final AccountAdministration administration;

	AccountsAdminController(AccountAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/office/admin/accounts")
	String list(Model model) {
		model.addAttribute("accounts", administration.all());
		model.addAttribute("roles", Role.values());
		return "accounts/admin-accounts";
	}

	@PostMapping("/office/admin/accounts")
	String create(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "ANALYST") Role role,
			@RequestParam(defaultValue = "") String portals, Model model, HttpServletResponse response) {
		try {
			List<String> slugs = Arrays.stream(portals.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
			var created = administration.create(staff.username(),
					new AccountAdministration.NewAccount(username, displayName, role, slugs));
			return withSetupLink(created.setupCode(), model, response);
		}
		catch (StepRefused refused) {
			model.addAttribute("refusal", refused.refusal());
		}
		catch (DuplicateKeyException taken) {
			model.addAttribute("refusal", StepRefused.field("username", "account.error.username-taken").refusal());
		}
		model.addAttribute("typed", new Typed(username, displayName, role, portals));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return list(model);
	}

	@PostMapping("/office/admin/accounts/{id}/disable")
	String disable(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id, RedirectAttributes redirect) {
		if (id.equals(staff.accountId())) {
			redirect.addFlashAttribute("refusal", new StepRefused("account.error.self").refusal());
		}
		else {
			administration.disable(staff.username(), existing(id));
		}
		return "redirect:/office/admin/accounts";
	}

	@PostMapping("/office/admin/accounts/{id}/enable")
	String enable(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id) {
		administration.enable(staff.username(), existing(id));
		return "redirect:/office/admin/accounts";
	}

	@PostMapping("/office/admin/accounts/{id}/reset-second-factor")
	String resetSecondFactor(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id) {
		administration.resetSecondFactor(staff.username(), existing(id));
		return "redirect:/office/admin/accounts";
	}

	@PostMapping("/office/admin/accounts/{id}/setup-link")
	String setupLink(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id, Model model,
			HttpServletResponse response) {
		return withSetupLink(administration.newSetupLink(staff.username(), existing(id)), model, response);
	}

	private String withSetupLink(String code, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("setupLink", link(code));
		return list(model);
	}

	private AccountId existing(UUID id) {
		AccountId account = new AccountId(id);
		if (!administration.exists(account)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return account;
	}

	/** What a refused new account's form had, shown again so nothing is typed twice. */
	record Typed(String username, String displayName, Role role, String portals) {
	}

	private static String link(String code) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/office/setup/{code}").buildAndExpand(code).toUriString();
	}
}
