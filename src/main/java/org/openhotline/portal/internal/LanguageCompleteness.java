package org.openhotline.portal.internal;

/** How many message keys a shipped language lacks; a portal goes live only in complete languages. */
@FunctionalInterface
public interface LanguageCompleteness {

	int missingKeys(String language);
}
