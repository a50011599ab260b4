package org.openhotline.organisations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an API key may be used for. Stored by name: never rename a constant. */
public enum ApiScope {
	URL_LIST,

	/** Sending reports through the report API ({@code reports}). */
	REPORTS,

	/** referrals from partner hotlines ({@code POST /api/v1/exchange/referrals}) */
	EXCHANGE;

	/** The name in authorities ({@code SCOPE_url-list}) and on the command line. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<ApiScope> ofWireName(String wireName) {
		return Arrays.stream(values()).filter(scope -> scope.wireName().equals(wireName)).findFirst();
	}
}
