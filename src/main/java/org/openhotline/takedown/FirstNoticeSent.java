package org.openhotline.takedown;

import java.time.Instant;
import java.util.UUID;

/**
 * The first notice of a case left the outbox (sent, or logged where no mail server is
 * configured): the moment the case's clock of time to first notice stops. Published once per
 * case, in the transaction that marks the mail sent.
 */
public record FirstNoticeSent(UUID caseId, String canonicalUrl, Instant sentAt) {
}
