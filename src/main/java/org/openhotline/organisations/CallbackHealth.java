package org.openhotline.organisations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How an organisation's callback fares, for administrators: what waits to be sent, what was
 * given up, when one last arrived, and the last refusal.
 *
 * @param waiting standings not taken yet, to be tried again
 * @param givenUp standings given up after their attempts
 * @param lastDelivered when a standing last arrived (a 2xx answer)
 * @param lastError why the most recent standing not taken was not taken
 */
public record CallbackHealth(long waiting, long givenUp, @Nullable Instant lastDelivered, @Nullable String lastError) {
}
