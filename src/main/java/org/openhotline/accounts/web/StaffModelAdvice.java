package org.openhotline.accounts.web;

import org.jspecify.annotations.Nullable;
import org.openhotline.accounts.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every back-office page knows who is signed in (for its menu); public pages are not touched. */
@ControllerAdvice(basePackages = { "org.openhotline.accounts.web", "org.openhotline.audit.web",
		"org.openhotline.triage.web" })
class StaffModelAdvice {

	@ModelAttribute("staff")
	@Nullable StaffPrincipal staff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff ? staff : null;
	}
}
