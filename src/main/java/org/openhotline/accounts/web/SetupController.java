package org.openhotline.accounts.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AccountAdministration.AccountView;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.OfficeFormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one-time set-up link: a new staff member (or the first administrator) chooses a password.
 * The page names the account, so that a link given to the wrong person is noticed. Passwords
 * are never written back into a refused form.
 */
@Controller
class SetupController {

	private final AccountAdministration administration;

	SetupController(AccountAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/office/setup/{code}")
	String form(@PathVariable String code, Model model, HttpServletResponse response) {
		return page(code, null, model, response);
	}

	@PostMapping("/office/setup/{code}")
	String save(@PathVariable String code, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String repeat, Model model, HttpServletResponse response) {
		try {
			administration.setPassword(code, password, repeat);
			return "redirect:/office/sign-in?notice=password-set";
		}
		catch (StepRefused refused) {
			return page(code, refused, model, response);
		}
	}

	private String page(String code, @Nullable StepRefused refused, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		Optional<AccountView> account = code.length() <= 64 ? administration.setupAccount(code) : Optional.empty();
		if (account.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("refusal", new StepRefused("setup.error.link").refusal());
		}
		else if (refused != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errors", OfficeFormErrors.of(refused));
		}
		model.addAttribute("valid", account.isPresent());
		model.addAttribute("account", account.orElse(null));
		model.addAttribute("code", code);
		model.addAttribute("minLength", 12);
		return "accounts/setup";
	}
}
