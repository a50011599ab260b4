package org.openhotline.blocklist;

import java.time.Instant;
import java.util.UUID;

/** A case's address went on the URL list ({@code listed}) or came off it (removed or withdrawn). */
public record EntryChanged(UUID caseId, boolean listed, Instant at) {
}
