package org.openhotline.accounts.web;

import java.util.List;

import org.openhotline.accounts.AccountAdministration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The one-time set-up link: a new staff member (or the first administrator) chooses a password. */
@Controller
class SetupController {

	private final AccountAdministration administration;

	SetupController(AccountAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/office/setup/{code}")
	String form(@PathVariable String code, Model model, HttpServletResponse response) {
		return page(code, List.of(), model, response);
	}

	@PostMapping("/office/setup/{code}")
	String save(@PathVariable String code, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String repeat, Model model, HttpServletResponse response) {
		if (!password.equals(repeat)) {
			return page(code, List.of("setup.error.repeat"), model, response);
		}
		try {
			administration.setPassword(code, password);
			return "redirect:/office/sign-in?notice=password-set";
		}
		catch (AccountAdministration.WeakPassword weak) {
			return page(code, weak.problems(), model, response);
		}
		catch (IllegalArgumentException invalidLink) {
			return page(code, List.of(), model, response);
		}
	}

	private String page(String code, List<String> problems, Model model, HttpServletResponse response) {
		boolean valid = code.length() <= 64 && administration.setupCodeIsValid(code);
		if (!valid) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		else if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("valid", valid);
		model.addAttribute("code", code);
		model.addAttribute("problems", problems);
		model.addAttribute("minLength", 12);
		return "accounts/setup";
	}
}
