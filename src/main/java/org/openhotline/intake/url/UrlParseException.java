package org.openhotline.intake.url;

/** The text is not a URL a browser would accept (a WHATWG "failure"). */
public class UrlParseException extends Exception {

	public UrlParseException(String message) {
		super(message, null, false, false);
	}
}
