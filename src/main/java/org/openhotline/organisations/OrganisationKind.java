package org.openhotline.organisations;

/** What an organisation is. Stored by name: never rename a constant. */
public enum OrganisationKind {
	ISP, PLATFORM, SEARCH_ENGINE, FILTERING_VENDOR, HOTLINE
}
