package org.openhotline.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Sets the language of a page whose address does not name it first (a preview in the back office). */
public final class PageLanguage {

	private PageLanguage() {
	}

	public static void set(HttpServletRequest request, String language) {
		request.setAttribute(PathLocaleResolver.LANGUAGE, language);
	}
}
