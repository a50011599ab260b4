package org.openhotline.organisations;

import java.time.Instant;

/** TEMPORARY stub: replaced by the i13-org branch. */
public record OrganisationView(OrganisationId id, String name, OrganisationKind kind, String country,
		String contactName, String contactEmail, ListLevel level, boolean active, Instant createdAt) {
}
