package org.openhotline.organisations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An organisation as pages and other modules read it; {@code country} is ISO 3166 alpha-2, null when not given. */
public record OrganisationView(OrganisationId id, String name, OrganisationKind kind, @Nullable String country,
		String contactName, String contactEmail, ListLevel level, boolean active, Instant createdAt) {
}
