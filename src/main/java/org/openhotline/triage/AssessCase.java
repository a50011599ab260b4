package org.openhotline.triage;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.StepRefused;

/**
 * What an assessor decided, checked against the taxonomy: an outcome that calls for details
 * (an illegal one) needs the age band, at least one sex, the site type and whether it is
 * commercial; other outcomes take none of them. Refuses the step ({@link StepRefused}) with
 * every problem at once, each named after its field of the assessment form ({@link #FIELDS}).
 */
public record AssessCase(String outcome, @Nullable String ageBand, List<String> sexes, @Nullable String siteType,
		@Nullable Boolean commercial, String notes) {

	/** The fields a refusal names, in the order of the form. */
	public static final List<String> FIELDS = List.of("outcome", "ageBand", "sexes", "siteType", "commercial", "notes");

	public AssessCase {
		sexes = List.copyOf(sexes);
		notes = notes.strip();
	}

	Taxonomy.Outcome checkedAgainst(Taxonomy taxonomy) {
		List<StepRefused> problems = new ArrayList<>();
		Taxonomy.@Nullable Outcome result = taxonomy.outcome(outcome).orElse(null);
		if (result == null) {
			problems.add(StepRefused.field("outcome", "assess.error.outcome"));
		}
		else if (result.details()) {
			if (ageBand == null || !taxonomy.ageBands().contains(ageBand)) {
				problems.add(StepRefused.field("ageBand", "assess.error.age-band"));
			}
			if (sexes.isEmpty() || !taxonomy.sexes().containsAll(sexes)) {
				problems.add(StepRefused.field("sexes", "assess.error.sexes"));
			}
			else if (sexes.size() > 1 && taxonomy.sexes().contains(Taxonomy.BOTH_SEXES)) {
				// a scheme with a "both" answer takes one answer: "female" with "both" or "cannot tell" contradicts itself
				problems.add(StepRefused.field("sexes", "assess.error.sexes-one"));
			}
			if (siteType == null || !taxonomy.siteTypes().contains(siteType)) {
				problems.add(StepRefused.field("siteType", "assess.error.site-type"));
			}
			if (commercial == null) {
				problems.add(StepRefused.field("commercial", "assess.error.commercial"));
			}
		}
		else {
			String given = ageBand != null ? "ageBand" : !sexes.isEmpty() ? "sexes" : siteType != null ? "siteType"
					: commercial != null ? "commercial" : null;
			if (given != null) {
				problems.add(StepRefused.field(given, "assess.error.no-details"));
			}
		}
		if (notes.length() > 4000) {
			problems.add(StepRefused.field("notes", "assess.error.notes"));
		}
		else if (notes.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			// the database keeps no NUL, and the other control characters are no part of a note
			problems.add(StepRefused.field("notes", "assess.error.notes-characters"));
		}
		if (!problems.isEmpty()) {
			throw StepRefused.all(problems);
		}
		return result;
	}
}
