package org.openhotline.shared.web;

import java.util.Locale;

import org.springframework.stereotype.Component;

/** Whether a language is written right to left; templates call it as {@code @textDirection.of(#locale)}. */
@Component("textDirection")
public class TextDirection {

	private final WebProperties properties;

	TextDirection(WebProperties properties) {
		this.properties = properties;
	}

	public String of(Locale locale) {
		return of(locale.getLanguage());
	}

	public String of(String language) {
		return properties.rightToLeft().contains(language) ? "rtl" : "ltr";
	}
}
