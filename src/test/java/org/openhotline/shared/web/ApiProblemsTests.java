package org.openhotline.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An API call that meets an unreachable database is answered as a problem, not with the
 * site's "database unavailable" page (the advice of every page, which an API controller's
 * advice must come before).
 */
class ApiProblemsTests {

	@Test
	void anUnreachableDatabaseIsA503ProblemToRetry() throws Exception {
		ExceptionHandler handles = ApiProblems.class.getDeclaredMethod("databaseUnavailable").getAnnotation(ExceptionHandler.class);
		assertThat(handles.value()).contains(org.springframework.dao.DataAccessException.class,
				org.springframework.transaction.TransactionException.class);

		ResponseEntity<ProblemDetail> answer = new ApiProblems(new StaticMessageSource()).databaseUnavailable();

		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
		assertThat(Objects.requireNonNull(answer.getBody()).getType().toString()).isEqualTo(Problems.TYPES + "unavailable");
	}
}
