package org.openhotline.portal;

import java.util.List;

/** The message keys a shipped language lacks compared with the base bundle. */
public record LanguageGaps(String language, List<String> missingKeys) {

	public LanguageGaps {
		missingKeys = List.copyOf(missingKeys);
	}

	public boolean complete() {
		return missingKeys.isEmpty();
	}
}
