package org.openhotline.accounts.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AccountAdministration.AccountView;
import org.openhotline.accounts.AccountId;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.OfficeFormErrors;
import org.springframework.dao.DuplicateKeyException;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Administrators create, disable and enable accounts, reset second factors and issue set-up
 * links. Disabling, resetting and a new link (which ends the old one) are asked for on a page
 * of their own naming the person, and done by the POST from it; never to one's own account.
 * A set-up link is shown in the answer to the POST that made it (no-store), never passed
 * through the session, which lives in the database.
 */
@Controller
class AccountsAdminController {

	/** The steps that are confirmed first, by the last segment of their path. */
	enum Change {
		DISABLE("disable", "account.error.self", "account.confirm.disable.title", "account.confirm.disable.effect",
				"account.confirm.disable.yes"),
		RESET_SECOND_FACTOR("reset-second-factor", "account.error.self-second-factor",
				"account.confirm.reset-second-factor.title", "account.confirm.reset-second-factor.effect",
				"account.confirm.reset-second-factor.yes"),
		SETUP_LINK("setup-link", "account.error.self-setup-link", "account.confirm.setup-link.title",
				"account.confirm.setup-link.effect", "account.confirm.setup-link.yes");

		final String path;

		final String selfRefusal;

		/** Message keys of the confirmation page: its heading, what will happen, the button. */
		final String title;

		final String effect;

		final String yes;

		Change(String path, String selfRefusal, String title, String effect, String yes) {
			this.path = path;
			this.selfRefusal = selfRefusal;
			this.title = title;
			this.effect = effect;
			this.yes = yes;
		}

		public String path() {
			return path;
		}

		public String title() {
			return title;
		}

		public String effect() {
			return effect;
		}

		public String yes() {
			return yes;
		}
	}

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
		StepRefused refused;
		try {
			List<String> slugs = Arrays.stream(portals.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
			var created = administration.create(staff.username(),
					new AccountAdministration.NewAccount(username, displayName, role, slugs));
			return withSetupLink(created.setupCode(), administration.find(created.id()).orElseThrow(), model, response);
		}
		catch (StepRefused problems) {
			refused = withTakenName(problems, username);
		}
		catch (DuplicateKeyException taken) {
			refused = StepRefused.field("username", "account.error.username-taken");
		}
		model.addAttribute("errors", OfficeFormErrors.of(refused));
		model.addAttribute("typed", new Typed(username, displayName, role, portals));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		response.setHeader("Cache-Control", "no-store");
		return list(model);
	}

	/** A taken user name is said together with the other problems, not after they are fixed. */
	private StepRefused withTakenName(StepRefused problems, String username) {
		boolean usernameRefused = problems.refusals().stream().anyMatch(r -> "username".equals(r.field()));
		if (usernameRefused || !administration.usernameTaken(username.toLowerCase(Locale.ROOT))) {
			return problems;
		}
		List<StepRefused> all = new ArrayList<>();
		all.add(StepRefused.field("username", "account.error.username-taken"));
		for (StepRefused.Refusal r : problems.refusals()) {
			String field = r.field();
			all.add(field == null ? new StepRefused(r.messageKey(), r.args()) : StepRefused.field(field, r.messageKey(), r.args()));
		}
		return StepRefused.all(all);
	}

	@GetMapping("/office/admin/accounts/{id}/disable")
	String confirmDisable(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id, Model model) {
		return confirm(staff, id, Change.DISABLE, model);
	}

	@GetMapping("/office/admin/accounts/{id}/reset-second-factor")
	String confirmReset(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id, Model model) {
		return confirm(staff, id, Change.RESET_SECOND_FACTOR, model);
	}

	@GetMapping("/office/admin/accounts/{id}/setup-link")
	String confirmSetupLink(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id, Model model) {
		return confirm(staff, id, Change.SETUP_LINK, model);
	}

	private String confirm(StaffPrincipal staff, UUID id, Change change, Model model) {
		AccountView account = administration.find(existing(id)).orElseThrow();
		if (id.equals(staff.accountId())) {
			throw new StepRefused(change.selfRefusal);
		}
		model.addAttribute("account", account);
		model.addAttribute("change", change);
		return "accounts/confirm";
	}

	@PostMapping("/office/admin/accounts/{id}/disable")
	String disable(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id, RedirectAttributes redirect) {
		administration.disable(staff.username(), existing(id));
		return done("accounts.done.disabled", id, redirect);
	}

	@PostMapping("/office/admin/accounts/{id}/enable")
	String enable(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id, RedirectAttributes redirect) {
		administration.enable(staff.username(), existing(id));
		return done("accounts.done.enabled", id, redirect);
	}

	@PostMapping("/office/admin/accounts/{id}/reset-second-factor")
	String resetSecondFactor(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id, RedirectAttributes redirect) {
		administration.resetSecondFactor(staff.username(), existing(id));
		return done("accounts.done.second-factor-reset", id, redirect);
	}

	@PostMapping("/office/admin/accounts/{id}/setup-link")
	String setupLink(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id, Model model,
			HttpServletResponse response) {
		AccountId account = existing(id);
		String code = administration.newSetupLink(staff.username(), account);
		return withSetupLink(code, administration.find(account).orElseThrow(), model, response);
	}

	/** Back to the list, which says what was done ({@code message}) to whom. */
	private String done(String message, UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("done", message);
		redirect.addFlashAttribute("doneFor", administration.find(new AccountId(id)).map(AccountView::displayName).orElse(""));
		return "redirect:/office/admin/accounts";
	}

	private String withSetupLink(String code, AccountView account, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("setupLink", link(code));
		model.addAttribute("setupFor", account);
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
