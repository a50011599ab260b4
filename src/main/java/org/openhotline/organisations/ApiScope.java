package org.openhotline.organisations;

/** TEMPORARY stub: replaced by the i13-org branch. */
public enum ApiScope {
	URL_LIST
}
