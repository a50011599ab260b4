package org.openhotline.accounts.web;

import java.io.IOException;

import org.openhotline.accounts.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Notes who is signed in on the request itself, before access is decided: the error page of a
 * refused or missing back-office address is rendered on a dispatch to /error, which the office's
 * security chain does not cover, and it still needs the person for the office menu.
 */
class StaffOnRequest extends OncePerRequestFilter {

	static final String ATTRIBUTE = StaffOnRequest.class.getName() + ".staff";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
			request.setAttribute(ATTRIBUTE, staff);
		}
		chain.doFilter(request, response);
	}
}
