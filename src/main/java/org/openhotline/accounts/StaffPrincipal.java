package org.openhotline.accounts;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in staff member, as kept in the session (Java-serialised into PostgreSQL by
 * Spring Session). Its name is the user name, which indexes the sessions of an account.
 */
public record StaffPrincipal(UUID accountId, String username, String displayName, Role role, Set<String> portals)
		implements Principal, Serializable {

	@Override
	public String getName() {
		return username;
	}
}
