package org.openhotline.portal.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.openhotline.portal.Portal;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The confirmation page, rendered once per portal and language and then filled in with
 * each report's reference and receipt code. Rendering the whole page for every report was
 * the largest cost of a submission; everything on it but those two values depends only on
 * the portal (its texts, partners and help) and the language, so a page is rendered again
 * whenever the portal snapshot changes.
 */
@Component
class ConfirmationPages {

	static final String TEMPLATE = "portal/confirmation";

	static final String REFERENCE = "reference";

	static final String RECEIPT_CODE = "receiptCode";

	// markers that no message, portal text or escaping can produce
	private static final String REFERENCE_MARK = "\u2063openhotline-reference\u2063";

	private static final String CODE_MARK = "\u2063openhotline-receipt-code\u2063";

	private record Key(String slug, String language) {
	}

	/** The page split around the two values, and the portal snapshot it was rendered from. */
	private record Rendered(Portal portal, String beforeReference, String beforeCode, String rest) {
	}

	private final ViewResolver viewResolver;

	private final Map<Key, Rendered> pages = new ConcurrentHashMap<>();

	ConfirmationPages(@Qualifier("thymeleafViewResolver") ViewResolver viewResolver) {
		this.viewResolver = viewResolver;
	}

	/** The view to return for a stored report; the model holds the portal and language as for every public page. */
	View view() {
		return this::render;
	}

	private void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (model == null || !(model.get("portal") instanceof Portal portal)
				|| !(model.get("lang") instanceof String language)) {
			throw new IllegalStateException("The confirmation needs the portal and the language in its model");
		}
		String reference = HtmlUtils.htmlEscape(String.valueOf(model.get(REFERENCE)));
		String code = HtmlUtils.htmlEscape(String.valueOf(model.get(RECEIPT_CODE)));
		Key key = new Key(portal.slug(), language);
		Rendered page = pages.get(key);
		if (page != null && page.portal() != portal && page.portal().equals(portal)) {
			// the minutely reload made a new but equal snapshot: keep the page
			page = new Rendered(portal, page.beforeReference(), page.beforeCode(), page.rest());
			pages.put(key, page);
		}
		if (page == null || page.portal() != portal) {
			page = renderTemplate(portal, model, request, response);
			if (page == null) {
				// the markers did not come out once each: render this page in full, cache nothing
				resolve(RequestContextUtils.getLocale(request)).render(model, request, response);
				return;
			}
			pages.put(key, page);
		}
		response.setContentType("text/html;charset=UTF-8");
		PrintWriter writer = response.getWriter();
		writer.write(page.beforeReference());
		writer.write(reference);
		writer.write(page.beforeCode());
		writer.write(code);
		writer.write(page.rest());
	}

	private @Nullable Rendered renderTemplate(Portal portal, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		Map<String, Object> withMarks = new HashMap<>(model);
		withMarks.put(REFERENCE, REFERENCE_MARK);
		withMarks.put(RECEIPT_CODE, CODE_MARK);
		Capture capture = new Capture(response);
		resolve(RequestContextUtils.getLocale(request)).render(withMarks, request, capture);
		String html = capture.text();
		int reference = html.indexOf(REFERENCE_MARK);
		int code = html.indexOf(CODE_MARK);
		if (reference < 0 || code < reference || html.indexOf(REFERENCE_MARK, reference + 1) >= 0
				|| html.indexOf(CODE_MARK, code + 1) >= 0) {
			return null;
		}
		return new Rendered(portal, html.substring(0, reference),
				html.substring(reference + REFERENCE_MARK.length(), code), html.substring(code + CODE_MARK.length()));
	}

	private View resolve(Locale locale) throws Exception {
		View view = viewResolver.resolveViewName(TEMPLATE, locale);
		if (view == null) {
			throw new IllegalStateException("No view for " + TEMPLATE);
		}
		return view;
	}

	/** Keeps what the template writes; headers still reach the real response. */
	private static final class Capture extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter(16 * 1024);

		private final PrintWriter writer = new PrintWriter(text);

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("The confirmation template writes characters");
		}

		@Override
		public void flushBuffer() {
			writer.flush();
		}

		@Override
		public void setContentLength(int length) {
		}

		@Override
		public void setContentLengthLong(long length) {
		}

		String text() {
			writer.flush();
			return text.toString();
		}
	}
}
