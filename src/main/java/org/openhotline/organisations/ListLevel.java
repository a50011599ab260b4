package org.openhotline.organisations;

/** What of the URL list an organisation may receive. Stored by name: never rename a constant. */
public enum ListLevel {
	/** addresses and hashes */
	URLS,
	/** hashes only, never an address (for those who must never hold the addresses) */
	HASHES
}
