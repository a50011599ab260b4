package org.openhotline.triage.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.openhotline.triage.CaseQueries;
import org.openhotline.triage.CaseStatus;
import org.openhotline.triage.QueueFilter;
import org.openhotline.accounts.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.openhotline.triage.TriageProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The queue: open cases of every portal by priority, filtered by portal, status and age, a page at a time. */
@Controller
class QueueController {

	static final List<String> AGES = List.of("PT1H", "PT24H", "P7D");

	private final CaseQueries cases;

	private final TriageProperties properties;

	private final Clock clock;

	QueueController(CaseQueries cases, TriageProperties properties, Clock clock) {
		this.cases = cases;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/office/queue")
	String queue(@RequestParam(defaultValue = "") String portal, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String olderThan, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		String portalFilter = portal.matches("[a-z][a-z0-9-]{1,31}") ? portal : null;
		CaseStatus statusFilter = parseStatus(status);
		Duration age = AGES.contains(olderThan) ? Duration.parse(olderThan) : null;
		int safePage = Math.max(0, Math.min(page, 10_000));
		var filter = new QueueFilter(portalFilter == null ? List.of() : List.of(portalFilter), statusFilter, age, false, false);
		var lines = cases.queue(filter, staff.accountId(), clock.instant(), safePage, properties.queuePageSize());
		boolean more = lines.size() > properties.queuePageSize();
		model.addAttribute("lines", more ? lines.subList(0, properties.queuePageSize()) : lines);
		model.addAttribute("more", more);
		model.addAttribute("page", safePage);
		model.addAttribute("portal", portalFilter == null ? "" : portalFilter);
		model.addAttribute("status", statusFilter == null ? "" : statusFilter.name());
		model.addAttribute("olderThan", age == null ? "" : olderThan);
		model.addAttribute("statuses", List.of(CaseStatus.NEW, CaseStatus.CLAIMED, CaseStatus.SECOND_ASSESSMENT,
				CaseStatus.DISAGREEMENT));
		model.addAttribute("ages", AGES);
		model.addAttribute("now", clock.instant());
		return "triage/queue";
	}

	private static CaseStatus parseStatus(String status) {
		try {
			CaseStatus parsed = CaseStatus.valueOf(status);
			return parsed.isOpen() ? parsed : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
