package org.openhotline.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Every path under {@code /api/} that no endpoint answers (or not with this method): a problem
 * answer like the rest of the APIs, not the site's error page. The more specific mappings of
 * the real endpoints always win over this one.
 */
@RestController
@PartnerApi
@Hidden
class ApiFallbackController {

	@RequestMapping("/api/**")
	ResponseEntity<ProblemDetail> none() {
		return Problems.problem(HttpStatus.NOT_FOUND, "not-found",
				"No endpoint here with this method; the API is described at /v3/api-docs.");
	}
}
