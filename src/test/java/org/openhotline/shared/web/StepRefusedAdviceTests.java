package org.openhotline.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openhotline.shared.validation.StepRefused;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class StepRefusedAdviceTests {

	private static final java.util.Set<String> GET_PAGES = java.util.Set.of("/office/cases/6a1c", "/office/cases/6a1c/actions",
			"/office/admin/accounts", "/office/queue");

	private static final java.util.function.Predicate<String> PAGES = GET_PAGES::contains;

	@Test
	void aRefusedStepGoesBackToItsPageWithTheRefusal() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
		String view = new StepRefusedAdvice(PAGES).refused(new StepRefused("case.error.not-claimable", 3),
				post("/office/cases/6a1c/claim"), redirect);

		assertThat(view).isEqualTo("redirect:/office/cases/6a1c");
		StepRefused.Refusal refusal = (StepRefused.Refusal) redirect.getFlashAttributes().get("refusal");
		assertThat(refusal.messageKey()).isEqualTo("case.error.not-claimable");
		assertThat(refusal.args()).containsExactly("3");
		assertThat(refusal.field()).isNull();
	}

	@Test
	void theRedirectGoesToTheNearestPageAboveAndStaysInTheBackOffice() {
		assertThat(StepRefusedAdvice.pageOf(post("/office/cases/6a1c/actions/removed"), PAGES))
			.isEqualTo("/office/cases/6a1c/actions");
		assertThat(StepRefusedAdvice.pageOf(post("/office/admin/accounts/6a1c/disable"), PAGES))
			.as("no page at /office/admin/accounts/6a1c").isEqualTo("/office/admin/accounts");
		assertThat(StepRefusedAdvice.pageOf(post("/office/unknown/x/y"), PAGES)).isEqualTo("/office");
		assertThat(StepRefusedAdvice.pageOf(post("/office/queue/"), PAGES)).isEqualTo("/office");
		assertThat(StepRefusedAdvice.pageOf(post("/office"), PAGES)).isEqualTo("/office");
		assertThat(StepRefusedAdvice.pageOf(post("/ml/fr/report"), PAGES)).isEqualTo("/office");
		assertThat(StepRefusedAdvice.pageOf(post("/x"), PAGES)).isEqualTo("/office");
	}

	@Test
	void aFieldRefusalNamesItsField() {
		StepRefused.Refusal refusal = StepRefused.field("removed-at", "takedown.error.before-first-notice", "2026-12-01 10:00:00")
			.refusal();
		assertThat(refusal.field()).isEqualTo("removed-at");
		assertThat(refusal.args()).containsExactly("2026-12-01 10:00:00");
	}

	private static MockHttpServletRequest post(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setRequestURI(path);
		return request;
	}
}
