package org.openhotline.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A suspended portal tells its visitors so, in their language, with its local help: a report
 * posted to it is answered the same way and nothing of it is kept.
 */
@ControllerAdvice(assignableTypes = { ReportController.class, StatusController.class, PortalPagesController.class,
		FiguresController.class, AwarenessKitController.class })
class SuspendedPortalAdvice {

	@ExceptionHandler(SuspendedPortal.class)
	ModelAndView suspended(SuspendedPortal suspended, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		ModelAndView page = new ModelAndView("portal/suspended", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("portal", suspended.portal());
		page.addObject("lang", suspended.language());
		page.addObject("pagePath", suspended.pagePath());
		return page;
	}
}
