package org.openhotline.shared.web;

import org.openhotline.shared.validation.StepRefused;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UrlPathHelper;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Shows a refused step that its controller left unhandled: back to the page the step was
 * posted from, with the refusal in the page's error summary (the office layout's
 * {@code refusal} fragment) in the person's language. A back-office step is posted to a path
 * below its page ({@code /office/cases/{id}/claim} belongs to {@code /office/cases/{id}}).
 */
@ControllerAdvice
class StepRefusedAdvice {

	/** The model attribute pages read the refusal from. */
	static final String ATTRIBUTE = "refusal";

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	@ExceptionHandler(StepRefused.class)
	String refused(StepRefused refused, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute(ATTRIBUTE, refused.refusal());
		return "redirect:" + pageOf(request);
	}

	static String pageOf(HttpServletRequest request) {
		String path = ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value()
				: PATHS.getPathWithinApplication(request);
		int last = path.lastIndexOf('/', path.endsWith("/") ? path.length() - 2 : path.length() - 1);
		String page = last <= 0 ? "/office" : path.substring(0, last);
		return page.startsWith("/office") ? page : "/office";
	}
}
