package org.openhotline.audit.web;

import java.security.Principal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.audit.ActorNames;
import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditEntry;
import org.openhotline.audit.AuditQuery;
import org.openhotline.audit.AuditTrail;
import org.openhotline.audit.AuditVerifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The audit trail for administrators, in words: each action as a label in the page's language,
 * each person by name, case ids as links; filtered by person, action and days (UTC), a page at
 * a time, newest first. The verifier on demand.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final AuditVerifier verifier;

	private final ObjectProvider<ActorNames> names;

	AuditController(AuditTrail trail, AuditVerifier verifier, ObjectProvider<ActorNames> names) {
		this.trail = trail;
		this.verifier = verifier;
		this.names = names;
	}

	/** An entry as the page shows it; {@code action} is null for a name this version does not know. */
	record Row(AuditEntry entry, @Nullable AuditAction action, @Nullable String actorName, @Nullable String caseId) {

		public @Nullable String actionKey() {
			return action == null ? null : label(action);
		}
	}

	/** An action of the filter's list. */
	record Choice(String name, String key) {
	}

	/** The message key of an action's label (every action has one in every language: AuditActionLabelsTests). */
	static String label(AuditAction action) {
		return "audit.action." + action.name();
	}

	/** The filters as typed, shown again in the filter bar. */
	record Filter(String person, String action, String from, String to) {

		/** The same filters, another page. */
		String link(int page) {
			UriComponentsBuilder link = UriComponentsBuilder.fromPath("/office/admin/audit");
			for (String[] pair : new String[][] { { "person", person }, { "action", action }, { "from", from }, { "to", to } }) {
				if (!pair[1].isBlank()) {
					link.queryParam(pair[0], pair[1]);
				}
			}
			return link.queryParam("page", page).encode().build().toUriString();
		}
	}

	@GetMapping("/office/admin/audit")
	String page(@RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "0") String page, Model model, HttpServletResponse response) {
		List<String> badFields = new ArrayList<>();
		String actor = person.trim().toLowerCase(Locale.ROOT);
		AuditAction chosen = action.isBlank() ? null : AuditAction.named(action);
		if (!action.isBlank() && chosen == null) {
			badFields.add("action");
		}
		Instant since = day(from, 0, badFields, "from");
		Instant until = day(to, 1, badFields, "to");
		int number = pageNumber(page);
		// nobody's name holds a control character, and the database refuses a NUL in a query
		AuditTrail.AuditPage found = actor.chars().anyMatch(Character::isISOControl)
				? new AuditTrail.AuditPage(List.of(), number, false)
				: trail.search(new AuditQuery(actor.isEmpty() ? null : actor.substring(0, Math.min(actor.length(), 200)),
						chosen, since, until), number, PAGE_SIZE);
		Map<String, String> displayNames = names.getIfAvailable(() -> usernames -> Map.of())
			.displayNames(found.entries().stream().map(AuditEntry::actor).distinct().toList());
		model.addAttribute("rows", found.entries().stream().map(e -> row(e, displayNames)).toList());
		Filter filter = new Filter(person, chosen == null ? "" : chosen.name(), from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("actions",
				java.util.Arrays.stream(AuditAction.values()).map(a -> new Choice(a.name(), label(a))).toList());
		model.addAttribute("badFields", badFields);
		model.addAttribute("pageNumber", number);
		model.addAttribute("newer", number == 0 ? null : filter.link(number - 1));
		model.addAttribute("older", found.hasOlder() ? filter.link(number + 1) : null);
		if (!badFields.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return "audit/audit";
	}

	@PostMapping("/office/admin/audit/verify")
	String verify(Principal staff, RedirectAttributes redirect) {
		AuditVerifier.Verification verification = verifier.verify();
		trail.record(staff.getName(), AuditAction.AUDIT_VERIFIED, "",
				verification.intact() ? "intact, " + verification.entriesChecked() + " entries"
						: "broken at " + verification.firstBroken() + " (" + verification.problem() + ")");
		redirect.addFlashAttribute("verification", verification);
		return "redirect:/office/admin/audit";
	}

	private static Row row(AuditEntry entry, Map<String, String> displayNames) {
		AuditAction action = AuditAction.named(entry.action());
		String caseId = action != null && action.targetsACase() && isUuid(entry.target()) ? entry.target() : null;
		return new Row(entry, action, displayNames.get(entry.actor()), caseId);
	}

	private static boolean isUuid(String text) {
		try {
			return UUID.fromString(text).toString().equals(text.toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException notAnId) {
			return false;
		}
	}

	/** The start of the day (plus {@code days}) in UTC, or null when empty or not a date (then noted). */
	private static @Nullable Instant day(String text, int days, List<String> badFields, String field) {
		if (text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.trim());
			// ISO dates may have years of up to nine digits, beyond what the database keeps
			if (date.getYear() >= 1970 && date.getYear() <= 9998) {
				return date.plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
		}
		catch (DateTimeException notADate) {
			// noted below
		}
		badFields.add(field);
		return null;
	}

	private static int pageNumber(String text) {
		try {
			return Math.max(0, Math.min(Integer.parseInt(text.trim()), 100_000));
		}
		catch (NumberFormatException notANumber) {
			return 0;
		}
	}

}
