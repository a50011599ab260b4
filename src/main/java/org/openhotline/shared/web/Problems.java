package org.openhotline.shared.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Problem details (RFC 9457) as the partner APIs answer them. */
public final class Problems {

	/** Where the problem types are named; a type is this plus a short slug. */
	public static final String TYPES = "https://openhotline.org/problems/";

	private Problems() {
	}

	public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPES + type));
		problem.setTitle(status.getReasonPhrase());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
