package org.openhotline.shared.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of a page comes from its address ({@code /ml/fr/...}), never from a cookie
 * or a session: public pages keep no state about who reads them. Pages outside a portal
 * (the home page, some error pages) follow the browser's Accept-Language among the
 * languages the interface is translated into.
 */
class PathLocaleResolver implements LocaleResolver {

	/**
	 * A request attribute naming the page's language when its address does not start with
	 * it (an administrator's preview of a portal page).
	 */
	static final String LANGUAGE = PathLocaleResolver.class.getName() + ".language";

	private final List<Locale> supported;

	PathLocaleResolver(List<String> languages) {
		this.supported = languages.stream().map(Locale::forLanguageTag).toList();
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(LANGUAGE) instanceof String language) {
			return Locale.forLanguageTag(language);
		}
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = errorUri instanceof String s ? s : request.getRequestURI();
		Locale fromPath = fromPath(uri);
		if (fromPath != null) {
			return fromPath;
		}
		String header = request.getHeader("Accept-Language");
		if (header != null && header.length() < 500) {
			try {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(header), supported);
				if (match != null) {
					return match;
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header: use the default
			}
		}
		return supported.get(0);
	}

	private @Nullable Locale fromPath(String uri) {
		String[] segments = uri.split("/");
		if (segments.length >= 3) {
			for (Locale locale : supported) {
				if (locale.getLanguage().equals(segments[2])) {
					return locale;
				}
			}
		}
		return null;
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The language is chosen by the page address");
	}
}
