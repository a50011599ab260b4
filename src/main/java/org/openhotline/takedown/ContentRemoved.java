package org.openhotline.takedown;

import java.time.Instant;
import java.util.UUID;

/**
 * An analyst confirmed that a case's content is gone; every clock of the case stopped.
 * <p>
 * The URL list takes the address off when it hears of it.
 */
public record ContentRemoved(UUID caseId, String canonicalUrl, Instant removedAt, String confirmedBy) {
}
