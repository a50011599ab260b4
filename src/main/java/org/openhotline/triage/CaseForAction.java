package org.openhotline.triage;

import org.jspecify.annotations.Nullable;

/** A case whose final assessment calls for action, as the modules that act on it see it. */
public record CaseForAction(CaseId id, String host, @Nullable String registrableDomain) {
}
