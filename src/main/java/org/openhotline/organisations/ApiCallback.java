package org.openhotline.organisations;

import java.time.Instant;

/** Where an organisation wants to hear of changes (https), and since when. */
public record ApiCallback(String url, Instant registeredAt) {
}
