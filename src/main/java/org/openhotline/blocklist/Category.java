package org.openhotline.blocklist;

/** Why an address is on the list: the INTERPOL class of its assessment. */
public enum Category {
	/** illegal nearly everywhere (INTERPOL "baseline") */
	BASELINE,
	/** illegal in the hotline's country */
	NATIONALLY_ILLEGAL;

	/** As it appears in the API: {@code baseline}, {@code nationally-illegal}. */
	public String wireName() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
