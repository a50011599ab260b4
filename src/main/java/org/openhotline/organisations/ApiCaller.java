package org.openhotline.organisations;

import java.util.Set;
import java.util.UUID;

/** The authenticated caller of an API request (the Spring Security principal on /api/**). */
public record ApiCaller(OrganisationId organisation, String name, ListLevel level, Set<ApiScope> scopes, UUID keyId) {

	public ApiCaller {
		scopes = Set.copyOf(scopes);
	}
}
