package org.openhotline.organisations;

/** A key just issued, with its secret: shown once to whoever issued it, never stored. */
public record IssuedKey(ApiKeyView key, String secret) {

	@Override
	public String toString() {
		return "IssuedKey[key=" + key + ", secret=(hidden)]";
	}
}
