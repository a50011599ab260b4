package org.openhotline.accounts.web;

import org.jspecify.annotations.Nullable;
import org.openhotline.accounts.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Every back-office page knows who is signed in, for the office layout's menu and sign-out,
 * whichever module's controller renders it: the advice covers every controller and tells
 * pages apart by their address, so a new module's pages need nothing of their own. Public
 * pages are not told. An error page (refused, not found) is told when the address that failed
 * was a back-office one, so the person keeps the menu and the way back.
 */
@ControllerAdvice
class StaffModelAdvice {

	@ModelAttribute("staff")
	@Nullable StaffPrincipal staff(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return isOffice(pathOf(request)) && request.getAttribute(StaffOnRequest.ATTRIBUTE) instanceof StaffPrincipal staff
					? staff : null;
		}
		if (!isOffice(request.getServletPath())) {
			return null;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff ? staff : null;
	}

	/**
	 * Which menu item the page is, for the office layout to mark it ({@code aria-current}): the
	 * page's path, and "my cases" for the queue filtered to the person's own cases.
	 */
	@ModelAttribute("officeNav")
	String officeNav(HttpServletRequest request) {
		String path = request.getDispatcherType() == DispatcherType.ERROR ? "" : request.getServletPath();
		return path.equals("/office/queue") && "true".equals(request.getParameter("mine")) ? "/office/queue?mine" : path;
	}

	/** The address that failed, on the dispatch to the error page. */
	private static String pathOf(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
				? failed.substring(Math.min(failed.length(), request.getContextPath().length())) : "";
	}

	static boolean isOffice(String path) {
		return path.equals("/office") || path.startsWith("/office/");
	}
}
