package org.openhotline.triage.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openhotline.triage.AssessCase;

/** The assessment form as posted; empty fields become absent values before the command checks them. */
class AssessmentForm {

	private String outcome = "";

	private String ageBand = "";

	private List<String> sexes = new ArrayList<>();

	private String siteType = "";

	private String commercial = "";

	private String notes = "";

	AssessCase toCommand() {
		return new AssessCase(outcome, blankToNull(ageBand), sexes, blankToNull(siteType),
				commercial.isBlank() ? null : Boolean.valueOf(commercial), notes);
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getAgeBand() {
		return ageBand;
	}

	public void setAgeBand(String ageBand) {
		this.ageBand = ageBand;
	}

	public List<String> getSexes() {
		return sexes;
	}

	public void setSexes(List<String> sexes) {
		this.sexes = sexes.size() > 10 ? sexes.subList(0, 10) : sexes;
	}

	public String getSiteType() {
		return siteType;
	}

	public void setSiteType(String siteType) {
		this.siteType = siteType;
	}

	public String getCommercial() {
		return commercial;
	}

	public void setCommercial(String commercial) {
		this.commercial = commercial;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}
}
