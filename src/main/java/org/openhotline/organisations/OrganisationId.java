package org.openhotline.organisations;

import java.util.UUID;

/** TEMPORARY stub: replaced by the i13-org branch. */
public record OrganisationId(UUID value) {
}
