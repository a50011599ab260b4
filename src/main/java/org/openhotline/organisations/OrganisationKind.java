package org.openhotline.organisations;

/** TEMPORARY stub: replaced by the i13-org branch. */
public enum OrganisationKind {
	ISP, PLATFORM, SEARCH_ENGINE, FILTERING_VENDOR, HOTLINE
}
