package org.openhotline.shared.web;

import java.util.List;
import java.util.function.Predicate;

import org.openhotline.shared.validation.StepRefused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Shows a refused step that its controller left unhandled: back to the page the step was
 * posted from, with the refusal in the page's error summary (the {@code fragments/refusal}
 * fragment) in the person's language. A back-office step is posted to a path below its page
 * ({@code /office/cases/{id}/claim} belongs to {@code /office/cases/{id}}): the page is the
 * nearest path above the step that a GET answers, {@code /office} at the latest.
 */
@ControllerAdvice
class StepRefusedAdvice {

	/** The model attribute pages read the refusal from. */
	static final String ATTRIBUTE = "refusal";

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	private final Predicate<String> isPage;

	private volatile List<PathPattern> pages = List.of();

	@Autowired
	StepRefusedAdvice(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.isPage = path -> isGetPage(mappings, path);
	}

	/** With the paths a GET answers given (tests). */
	StepRefusedAdvice(Predicate<String> isPage) {
		this.isPage = isPage;
	}

	@ExceptionHandler(StepRefused.class)
	String refused(StepRefused refused, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute(ATTRIBUTE, refused.refusal());
		return "redirect:" + pageOf(request, isPage);
	}

	private boolean isGetPage(ObjectProvider<RequestMappingHandlerMapping> mappings, String path) {
		List<PathPattern> known = pages;
		if (known.isEmpty()) {
			known = mappings.getObject()
				.getHandlerMethods()
				.keySet()
				.stream()
				.filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET)
						&& info.getPathPatternsCondition() != null)
				.flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
				.toList();
			pages = known;
		}
		PathContainer container = PathContainer.parsePath(path);
		return known.stream().anyMatch(pattern -> pattern.matches(container));
	}

	static String pageOf(HttpServletRequest request, Predicate<String> isPage) {
		String path = ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value()
				: PATHS.getPathWithinApplication(request);
		if (!path.startsWith("/office/")) {
			return "/office";
		}
		String page = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		while (page.lastIndexOf('/') > 0) {
			page = page.substring(0, page.lastIndexOf('/'));
			if (page.equals("/office") || isPage.test(page)) {
				return page;
			}
		}
		return "/office";
	}
}
