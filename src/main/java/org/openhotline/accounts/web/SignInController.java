package org.openhotline.accounts.web;

import java.time.Clock;

import org.openhotline.accounts.AccountId;
import org.openhotline.accounts.Enrolment;
import org.openhotline.accounts.SignIn;
import org.openhotline.accounts.StaffPrincipal;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.shared.web.OfficeFormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Sign-in in two steps (password, then the second factor), and enrolment of an
 * authenticator at the first sign-in. The session id changes when the password is accepted
 * and again when the person is signed in.
 */
@Controller
class SignInController {

	private final SignIn signIn;

	private final Enrolment enrolment;

	private final SecurityContextRepository contexts;

	private final Clock clock;

	SignInController(SignIn signIn, Enrolment enrolment, SecurityContextRepository contexts, Clock clock) {
		this.signIn = signIn;
		this.enrolment = enrolment;
		this.contexts = contexts;
		this.clock = clock;
	}

	@GetMapping("/office/sign-in")
	String form(@RequestParam(required = false) String notice, Model model) {
		model.addAttribute("notice", notice == null ? null : switch (notice) {
			case "signed-out" -> "sign-in.notice.signed-out";
			case "password-set" -> "sign-in.notice.password-set";
			case "expired" -> "sign-in.notice.expired";
			default -> null;
		});
		return "accounts/sign-in";
	}

	@PostMapping("/office/sign-in")
	String password(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		SignIn.Outcome outcome = signIn.checkPassword(request.getRemoteAddr(), username, password);
		if (outcome instanceof SignIn.Accepted accepted) {
			HttpSession session = OfficeSession.renew(request);
			session.setAttribute(OfficeSession.PASSWORD_ACCEPTED, accepted.account());
			return accepted.needsEnrolment() ? "redirect:/office/enrol" : "redirect:/office/sign-in/code";
		}
		model.addAttribute("username", username.length() > 64 ? "" : username);
		return refused(outcome, "accounts/sign-in", model, response);
	}

	@GetMapping("/office/sign-in/code")
	String codeForm(HttpServletRequest request) {
		return OfficeSession.passwordAccepted(request) == null ? "redirect:/office/sign-in" : "accounts/code";
	}

	@PostMapping("/office/sign-in/code")
	String code(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		AccountId account = OfficeSession.passwordAccepted(request);
		if (account == null) {
			return "redirect:/office/sign-in";
		}
		SignIn.Outcome outcome = signIn.checkSecondFactor(request.getRemoteAddr(), account, code);
		if (outcome instanceof SignIn.Accepted) {
			establish(account, request, response);
			return "redirect:/office";
		}
		if (outcome instanceof SignIn.Waiting) {
			// start again from the password once the wait is over
			request.getSession().removeAttribute(OfficeSession.PASSWORD_ACCEPTED);
		}
		return refused(outcome, "accounts/code", model, response);
	}

	@GetMapping("/office/enrol")
	String enrolForm(Model model, HttpServletRequest request) {
		AccountId account = OfficeSession.passwordAccepted(request);
		if (account == null) {
			return "redirect:/office/sign-in";
		}
		Enrolment.Offer offer = enrolment.offer(account, "OpenHotline");
		request.getSession().setAttribute(OfficeSession.ENROLMENT_SECRET, offer.sealedSecret());
		model.addAttribute("qrSvg", offer.qrSvg());
		model.addAttribute("secretText", offer.secretText());
		return "accounts/enrol";
	}

	/**
	 * The recovery codes are shown in this answer itself (never stored in the session, which
	 * lives in the database) and only once.
	 */
	@PostMapping("/office/enrol")
	String enrol(@RequestParam(defaultValue = "") String code, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		AccountId account = OfficeSession.passwordAccepted(request);
		byte[] secret = (byte[]) request.getSession().getAttribute(OfficeSession.ENROLMENT_SECRET);
		if (account == null || secret == null) {
			return "redirect:/office/sign-in";
		}
		var throttled = signIn.throttle(request.getRemoteAddr(), account);
		if (throttled.isPresent()) {
			return refused(throttled.get(), "accounts/sign-in", model, response);
		}
		var codes = enrolment.confirm(account, secret, code);
		if (codes.isEmpty()) {
			// the same secret again, so that the app the person just set up keeps working
			Enrolment.Offer offer = enrolment.reoffer(account, secret, "OpenHotline");
			model.addAttribute("qrSvg", offer.qrSvg());
			model.addAttribute("secretText", offer.secretText());
			model.addAttribute("errors", OfficeFormErrors.of(StepRefused.field("code", "enrol.error.code")));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			response.setHeader("Cache-Control", "no-store");
			return "accounts/enrol";
		}
		establish(account, request, response);
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("codes", codes.get());
		model.addAttribute("codesText", String.join("\n", codes.get()));
		return "accounts/recovery-codes";
	}

	/** The same secret again after a wrong code, so that the app the person just set up keeps working. */
	@GetMapping("/office/enrol/retry")
	String enrolRetry(Model model, HttpServletRequest request) {
		AccountId account = OfficeSession.passwordAccepted(request);
		if (account == null || request.getSession().getAttribute(OfficeSession.ENROLMENT_SECRET) == null) {
			return "redirect:/office/sign-in";
		}
		if (model.getAttribute("enrolmentError") != null) {
			model.addAttribute("errors", OfficeFormErrors.of(StepRefused.field("code", "enrol.error.code")));
		}
		Enrolment.Offer offer = enrolment.reoffer(account, (byte[]) request.getSession().getAttribute(OfficeSession.ENROLMENT_SECRET), "OpenHotline");
		model.addAttribute("qrSvg", offer.qrSvg());
		model.addAttribute("secretText", offer.secretText());
		return "accounts/enrol";
	}

	private void establish(AccountId account, HttpServletRequest request, HttpServletResponse response) {
		StaffPrincipal principal = signIn.principal(account);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				AuthorityUtils.createAuthorityList(principal.role().authorities())));
		SecurityContextHolder.setContext(context);
		HttpSession session = OfficeSession.renew(request);
		OfficeSession.signedIn(session, clock.instant());
		contexts.saveContext(context, request, response);
	}

	/**
	 * A refused password or code, in the form's error summary: the same words whether the user
	 * name or the password was wrong (not a field's error), and the code's error beside the code.
	 */
	private static String refused(SignIn.Outcome outcome, String view, Model model, HttpServletResponse response) {
		boolean code = view.endsWith("code");
		StepRefused refused;
		if (outcome instanceof SignIn.Waiting waiting) {
			String until = java.time.format.DateTimeFormatter.ISO_LOCAL_TIME
				.format(waiting.until().atZone(java.time.ZoneOffset.UTC).toLocalTime().withNano(0)) + " UTC";
			refused = new StepRefused("sign-in.error.waiting", until);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		else {
			refused = code ? StepRefused.field("code", "code.error.wrong") : new StepRefused("sign-in.error.wrong");
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
		}
		model.addAttribute("errors", OfficeFormErrors.of(refused));
		return view;
	}
}
