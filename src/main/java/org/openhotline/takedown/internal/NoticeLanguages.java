package org.openhotline.takedown;

import java.util.Set;

/** The languages notices and referrals are written in (those the message bundles carry). */
final class NoticeLanguages {

	static final Set<String> SUPPORTED = Set.of("en", "fr", "ar");

	private NoticeLanguages() {
	}

	static boolean supported(String language) {
		return SUPPORTED.contains(language);
	}
}
