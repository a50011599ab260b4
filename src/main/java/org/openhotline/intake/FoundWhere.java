package org.openhotline.intake;

/** Where the reporter came across the address. Message keys {@code report.found.<name>}. */
public enum FoundWhere {
	WEBSITE, SOCIAL_NETWORK, MESSAGING_APP, SEARCH_RESULT, EMAIL, FILE_SHARING, OTHER
}
