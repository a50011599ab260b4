package org.openhotline.triage;

import java.util.UUID;

/** A staff member as triage records them: the account id and the name shown. */
public record StaffRef(UUID id, String name) {
}
