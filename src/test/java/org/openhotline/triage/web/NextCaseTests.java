package org.openhotline.triage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.triage.CaseStatus;
import org.openhotline.triage.CaseWorkflow;
import org.openhotline.triage.QueueFilter;
import org.openhotline.triage.StaffRef;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** "Claim next" takes the top case of the filter the queue keeps in the session, or of everything. */
class NextCaseTests {

	static final StaffRef AWA = new StaffRef(UUID.randomUUID(), "Awa", "awa");

	final CaseWorkflow workflow = mock(CaseWorkflow.class);

	@Test
	void theFilterOfTheQueueInTheSessionIsUsed() {
		QueueFilter filter = new QueueFilter(List.of("ml"), CaseStatus.NEW, Duration.ofHours(1), false, true);
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("openhotline.queue-filter", filter);
		when(workflow.claimNext(AWA, filter)).thenReturn(Optional.empty());

		assertThat(new NextCase(workflow).claim(AWA, session)).isEmpty();
		verify(workflow).claimNext(AWA, filter);
	}

	@Test
	void withoutAFilterEverythingIsTheFilter() {
		new NextCase(workflow).claim(AWA, new MockHttpSession());

		verify(workflow).claimNext(AWA, QueueFilter.EVERYTHING);
	}

	@Test
	void nothingToClaimGoesToTheQueueSayingSo() {
		when(workflow.claimNext(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
			.thenReturn(Optional.empty());
		var staff = new org.openhotline.accounts.StaffPrincipal(AWA.id(), "awa", "Awa",
				org.openhotline.accounts.Role.ANALYST, java.util.Set.of());
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

		String view = new ClaimNextController(new NextCase(workflow)).claimNext(staff, new MockHttpSession(), redirect);

		assertThat(view).isEqualTo("redirect:/office/queue");
		assertThat(redirect.getFlashAttributes().get("caseNotice")).isEqualTo("case.nothing-to-claim");
	}
}
