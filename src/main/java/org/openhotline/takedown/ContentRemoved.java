package org.openhotline.takedown;

import java.time.Instant;
import java.util.UUID;

/**
 * An analyst confirmed that a case's content is gone; every clock of the case stopped.
 * <p>
 * No module listens to it yet: it is published for the URL list to come, which will take the
 * address off the list when its content is gone.
 */
public record ContentRemoved(UUID caseId, String canonicalUrl, Instant removedAt, String confirmedBy) {
}
