package org.openhotline.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The servlet error page of a request under {@code /api/}, answered as a problem document
 * instead of the site's page or Spring's JSON: what refuses a request before any API
 * controller is chosen (a body over the limit or multipart, a method, Content-Type or Accept
 * no endpoint takes) and any failure no advice answered. The wording is fixed per status:
 * nothing of the request goes into it.
 */
class ApiErrorProblems extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String maxBody;

	ApiErrorProblems(String maxBody) {
		this.maxBody = maxBody;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (!(uri instanceof String path) || !(path.startsWith("/api/") || path.equals("/api"))) {
			chain.doFilter(request, response);
			return;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value)
				: HttpStatus.INTERNAL_SERVER_ERROR;
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", Problems.TYPES + type(status));
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail(status));
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Cache-Control", "no-store");
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

	private static String type(HttpStatus status) {
		return switch (status.value()) {
			case 413 -> "too-large";
			case 415 -> "unsupported-media-type";
			case 406 -> "not-acceptable";
			case 405 -> "method-not-allowed";
			case 404 -> "not-found";
			case 400 -> "bad-request";
			default -> status.is4xxClientError() ? "refused" : "internal-error";
		};
	}

	private String detail(HttpStatus status) {
		return switch (status.value()) {
			case 413 -> "The request body is over the limit of " + maxBody + "; it was not read.";
			case 415 -> "Send application/json.";
			case 406 -> "The API answers application/json, and refusals as application/problem+json.";
			case 405 -> "This endpoint does not take this method; the API is described at /v3/api-docs.";
			case 404 -> "No endpoint here; the API is described at /v3/api-docs.";
			case 400 -> "The request is not one this server can read.";
			default -> status.is4xxClientError() ? "The request was refused."
					: "The request could not be handled; try again later (with an Idempotency-Key, a retry is safe).";
		};
	}
}
