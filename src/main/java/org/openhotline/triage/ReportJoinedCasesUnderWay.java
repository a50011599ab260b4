package org.openhotline.triage;

import java.util.UUID;

/**
 * A report was filed on cases already taken, assessed or closed: where it stands is more than
 * "received" from the start (what the report API tells an organisation's callback). Not
 * published for a report whose cases are all new.
 */
public record ReportJoinedCasesUnderWay(UUID reportId) {
}
