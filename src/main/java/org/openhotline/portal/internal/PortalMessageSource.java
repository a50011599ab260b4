package org.openhotline.portal.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openhotline.portal.Portal;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The application's messages ({@code messages*.properties}), with the texts an
 * administrator overrode for the portal the current request is about taking precedence.
 */
public class PortalMessageSource extends ResourceBundleMessageSource {

	public PortalMessageSource() {
		setBasename("messages");
		setDefaultEncoding("UTF-8");
		setFallbackToSystemLocale(false);
		setUseCodeAsDefaultMessage(false);
		// texts without arguments are used as written (no MessageFormat, no lock while
		// rendering); in texts with arguments a single quote is written twice
		setAlwaysUseMessageFormat(false);
	}

	@Override
	protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
		return override(code, locale).orElseGet(() -> super.resolveCodeWithoutArguments(code, locale));
	}

	@Override
	protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
		Optional<String> text = override(code, locale);
		return text.isPresent() ? createMessageFormat(text.get(), locale) : super.resolveCode(code, locale);
	}

	private static Optional<String> override(String code, Locale locale) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return Optional.empty();
		}
		Object portal = request.getAttribute(Portal.CURRENT, RequestAttributes.SCOPE_REQUEST);
		return portal instanceof Portal p ? p.textOverride(locale.getLanguage(), code) : Optional.empty();
	}
}
