package org.openhotline.takedown;

import java.time.Instant;
import java.util.UUID;

/** An analyst confirmed that a case's content is gone; every clock of the case stopped. */
public record ContentRemoved(UUID caseId, String canonicalUrl, Instant removedAt, String confirmedBy) {
}
