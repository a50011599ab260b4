package org.openhotline.accounts.web;

import org.jspecify.annotations.Nullable;
import org.openhotline.accounts.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every back-office page knows who is signed in, for the office layout's menu and sign-out,
 * whichever module's controller renders it: the advice covers every controller and tells
 * pages apart by their address, so a new module's pages need nothing of their own. Public
 * pages are not told.
 */
@ControllerAdvice
class StaffModelAdvice {

	@ModelAttribute("staff")
	@Nullable StaffPrincipal staff(HttpServletRequest request) {
		if (!isOffice(request.getServletPath())) {
			return null;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff ? staff : null;
	}

	static boolean isOffice(String path) {
		return path.equals("/office") || path.startsWith("/office/");
	}
}
