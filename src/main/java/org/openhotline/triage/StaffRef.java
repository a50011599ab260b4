package org.openhotline.triage;

import java.util.UUID;

/**
 * A staff member as triage records them: the account id, the name shown on pages, and the
 * unique user name, by which the audit trail names them (display names may repeat).
 */
public record StaffRef(UUID id, String name, String username) {
}
