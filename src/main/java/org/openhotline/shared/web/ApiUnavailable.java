package org.openhotline.shared.web;

/** A partner API cannot answer yet (starting, or its data is loading): 503, try again shortly. */
public class ApiUnavailable extends RuntimeException {

	public ApiUnavailable(String message) {
		super(message);
	}
}
