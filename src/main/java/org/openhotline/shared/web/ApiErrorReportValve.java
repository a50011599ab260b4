package org.openhotline.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error report (a request refused before the application sees it, such as a path
 * with an encoded NUL), as a problem document for a path under {@code /api/}; the site's other
 * paths keep Tomcat's report (without its version or any stack trace).
 */
public class ApiErrorReportValve extends ErrorReportValve {

	public ApiErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// as sent: a path Tomcat could not decode has no decoded form
		String uri = request.getRequestURI();
		if (status < 400 || response.getContentWritten() > 0 || uri == null || !uri.startsWith("/api/")) {
			super.report(request, response, throwable);
			return;
		}
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"" + Problems.TYPES + (status < 500 ? "bad-request" : "internal-error")
						+ "\",\"title\":\"" + (status < 500 ? "Bad Request" : "Internal Server Error") + "\",\"status\":"
						+ status + ",\"detail\":\"" + (status < 500 ? "The request is not one this server can read."
								: "The request could not be handled; try again later.")
						+ "\"}");
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone: nothing more can be said
		}
	}
}
