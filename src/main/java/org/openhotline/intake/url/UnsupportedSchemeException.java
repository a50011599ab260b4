package org.openhotline.intake.url;

/** The text names a scheme other than a web one ({@code javascript:}, {@code data:}, {@code file:}, …). */
public class UnsupportedSchemeException extends UrlParseException {

	public UnsupportedSchemeException(String scheme) {
		super("unsupported scheme " + scheme);
	}
}
