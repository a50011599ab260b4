package org.openhotline.shared.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Every request under {@code /api/} that no endpoint takes: a problem answer like the rest of
 * the APIs, not the site's error page. The more specific mappings of the real endpoints always
 * win over this one; when one of them has the path but not the method, the Content-Type or
 * the Accept of the request, the answer says so (405, 415, 406) as Spring would have without
 * this mapping, instead of "no endpoint here".
 */
@RestController
@PartnerApi
@Hidden
class ApiFallbackController {

	private final RequestMappingHandlerMapping mappings;

	ApiFallbackController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	@RequestMapping("/api/**")
	ResponseEntity<ProblemDetail> none(HttpServletRequest request) {
		Set<RequestMethod> allowed = EnumSet.noneOf(RequestMethod.class);
		boolean path = false;
		boolean method = false;
		boolean consumes = false;
		for (var entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			if (entry.getValue().getBeanType() == ApiFallbackController.class || info.getPathPatternsCondition() == null
					|| info.getPathPatternsCondition().getMatchingCondition(request) == null) {
				continue;
			}
			path = true;
			allowed.addAll(info.getMethodsCondition().getMethods());
			if (info.getMethodsCondition().getMatchingCondition(request) == null) {
				continue;
			}
			method = true;
			if (info.getConsumesCondition().getMatchingCondition(request) == null) {
				continue;
			}
			consumes = true;
		}
		if (path && !method) {
			ResponseEntity<ProblemDetail> problem = Problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
					"This endpoint does not take this method; the API is described at /v3/api-docs.");
			return ResponseEntity.status(problem.getStatusCode())
				.headers(problem.getHeaders())
				.header(HttpHeaders.ALLOW, allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
				.body(problem.getBody());
		}
		if (method && !consumes) {
			return Problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Send application/json.");
		}
		if (consumes) {
			return Problems.problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
					"The API answers application/json, and refusals as application/problem+json.");
		}
		return Problems.problem(HttpStatus.NOT_FOUND, "not-found",
				"No endpoint here with this method; the API is described at /v3/api-docs.");
	}
}
