package org.openhotline.intake.url;

/** Something an analyst should know about a reported address before acting on it. */
public enum UrlFlag {

	/** A Tor onion service: it has no public host, so it is traced to law enforcement. */
	ONION,

	/** The host is an IP address rather than a name. */
	IP_ADDRESS,

	/** A label of the host mixes writing systems (for example Latin and Cyrillic). */
	MIXED_SCRIPT,

	/** A non-ASCII label looks like an ASCII one: a possible look-alike of another site. */
	CONFUSABLE,

	/** The pasted text had invisible characters (bidi controls, zero-width spaces) that were removed. */
	INVISIBLE_CHARACTERS_REMOVED,

	/** The pasted text was written defensively (hxxp, [.]) and was restored. */
	DEFANGED,

	/** The address carried a user name or password, which was removed. */
	CREDENTIALS_REMOVED
}
