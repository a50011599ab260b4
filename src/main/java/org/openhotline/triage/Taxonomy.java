package org.openhotline.triage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An assessment scheme, as data: its outcomes (each with its INTERPOL class and what the
 * reporter is told), the age bands, sexes and site types an illegal outcome records.
 * Labels are given per language.
 */
public record Taxonomy(String id, int version, Map<String, String> name, List<Outcome> outcomes, List<String> ageBands,
		List<String> sexes, List<String> siteTypes) {

	/** The answer of a scheme that says "both sexes" in one answer (then one answer is given, not several). */
	public static final String BOTH_SEXES = "BOTH";

	/** The classes of INTERPOL's baseline approach, which every hotline can map its own scheme to. */
	public enum InterpolClass {
		/** illegal nearly everywhere (INTERPOL "baseline") */
		BASELINE,
		/** illegal in this country */
		NATIONALLY_ILLEGAL,
		/** not illegal */
		NOT_ILLEGAL
	}

	/** What a reporter is told once the case is assessed. */
	public enum Feedback {
		ACTION_TAKEN, NOT_ILLEGAL, NO_LONGER_AVAILABLE
	}

	/** {@code details}: the outcome needs age band, sexes, site type and commercial. */
	public record Outcome(String code, InterpolClass interpol, @Nullable Feedback feedback, boolean details,
			Map<String, String> label) {

		public boolean callsForAction() {
			return interpol != InterpolClass.NOT_ILLEGAL;
		}

		public String labelIn(String language) {
			return label.getOrDefault(language, label.getOrDefault("en", code));
		}
	}

	public Optional<Outcome> outcome(String code) {
		return outcomes.stream().filter(o -> o.code().equals(code)).findFirst();
	}

	public String nameIn(String language) {
		return name.getOrDefault(language, name.getOrDefault("en", id));
	}
}
