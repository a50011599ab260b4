package org.openhotline.triage;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.StepRefused;

/**
 * What an assessor decided, checked against the taxonomy: an outcome that calls for details
 * (an illegal one) needs the age band, at least one sex, the site type and whether it is
 * commercial; other outcomes take none of them. Refuses the step ({@link StepRefused}) otherwise.
 */
public record AssessCase(String outcome, @Nullable String ageBand, List<String> sexes, @Nullable String siteType,
		@Nullable Boolean commercial, String notes) {

	public AssessCase {
		sexes = List.copyOf(sexes);
		notes = notes.strip();
		if (notes.length() > 4000) {
			throw new StepRefused("assess.error.notes");
		}
	}

	Taxonomy.Outcome checkedAgainst(Taxonomy taxonomy) {
		Taxonomy.Outcome result = taxonomy.outcome(outcome)
			.orElseThrow(() -> new StepRefused("assess.error.outcome"));
		if (result.details()) {
			if (ageBand == null || !taxonomy.ageBands().contains(ageBand)) {
				throw new StepRefused("assess.error.age-band");
			}
			if (sexes.isEmpty() || !taxonomy.sexes().containsAll(sexes)) {
				throw new StepRefused("assess.error.sexes");
			}
			if (siteType == null || !taxonomy.siteTypes().contains(siteType)) {
				throw new StepRefused("assess.error.site-type");
			}
			if (commercial == null) {
				throw new StepRefused("assess.error.commercial");
			}
		}
		else if (ageBand != null || !sexes.isEmpty() || siteType != null || commercial != null) {
			throw new StepRefused("assess.error.no-details");
		}
		return result;
	}
}
