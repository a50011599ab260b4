package org.openhotline.accounts.web;

import org.openhotline.accounts.SignOut;
import org.openhotline.accounts.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Signing out of the back office, which ends every session of the person, on every node. (The
 * office's home, which shows the queue's counts, is triage's: accounts does not read cases.)
 */
@Controller
class OfficeController {

	private final SignOut signOut;

	OfficeController(SignOut signOut) {
		this.signOut = signOut;
	}

	@PostMapping("/office/sign-out")
	String signOut(@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
		signOut.everywhere(staff);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return "redirect:/office/sign-in?notice=signed-out";
	}
}
