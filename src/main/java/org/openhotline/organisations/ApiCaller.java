package org.openhotline.organisations;

import java.util.Set;
import java.util.UUID;

/** TEMPORARY stub: replaced by the i13-org branch. */
public record ApiCaller(OrganisationId organisation, String name, ListLevel level, Set<ApiScope> scopes, UUID keyId) {
}
