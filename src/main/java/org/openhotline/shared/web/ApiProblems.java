package org.openhotline.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.openhotline.shared.validation.StepRefused;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import static org.openhotline.shared.web.Problems.problem;

/**
 * The errors of the partner APIs as problem details: a type named after the refusal, a title
 * and a detail in English (machines read the type; the people who wire them read the rest).
 */
@RestControllerAdvice(annotations = PartnerApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_$-]{1,40}");

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(StepRefused.class)
	ResponseEntity<ProblemDetail> refused(StepRefused refused) {
		String key = refused.refusal().messageKey();
		String detail = messages.getMessage(key, refused.refusal().args(), key, Locale.ENGLISH);
		return problem(HttpStatus.BAD_REQUEST, key.substring(key.lastIndexOf('.') + 1), detail == null ? key : detail);
	}

	/**
	 * Fixed wording naming the parameter: Spring's own message echoes the value sent and names
	 * the Java types behind the endpoint.
	 */
	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "bad-parameter", "The parameter " + ex.getParameterName() + " is missing.");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		boolean number = type == long.class || type == int.class || type == Long.class || type == Integer.class;
		return problem(HttpStatus.BAD_REQUEST, "bad-parameter",
				"The parameter " + ex.getName() + (number ? " must be a whole number." : " has a value it cannot take."));
	}

	/**
	 * Names the field the JSON reader stopped at (its name as this API spells it, or an unknown
	 * one that looks like a name), never the value sent.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		String detail = "The request body is not the JSON this endpoint takes";
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			detail += ": the field " + name(unknown.getPropertyName()) + " is not one it takes";
		}
		else if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			detail += ": the field " + path(jackson.getPath()) + " does not have the type the API describes";
		}
		return problem(HttpStatus.BAD_REQUEST, "unreadable-body", detail + "; the API is described at /v3/api-docs.");
	}

	private static String path(List<JacksonException.Reference> path) {
		StringBuilder text = new StringBuilder();
		for (JacksonException.Reference step : path) {
			if (step.getPropertyName() != null) {
				text.append(text.isEmpty() ? "" : ".").append(name(step.getPropertyName()));
			}
			else if (step.getIndex() >= 0) {
				text.append('[').append(step.getIndex()).append(']');
			}
		}
		return text.toString();
	}

	private static String name(String sent) {
		return FIELD_NAME.matcher(sent).matches() ? sent : "(a name of other characters)";
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Send application/json.");
	}

	/** As a page says the database is unreachable (a 503), but as a problem: never the site's error page. */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable() {
		return unavailable(new ApiUnavailable("The database cannot be reached; try again shortly (with an Idempotency-Key, a retry is safe)."));
	}

	@ExceptionHandler(ApiUnavailable.class)
	ResponseEntity<ProblemDetail> unavailable(ApiUnavailable ex) {
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
				String.valueOf(ex.getMessage()));
		return ResponseEntity.status(answer.getStatusCode())
			.header("Retry-After", "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(answer.getBody());
	}
}
