package org.openhotline.triage;

import java.util.UUID;

/** Identifies a case: one per canonical URL. */
public record CaseId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
