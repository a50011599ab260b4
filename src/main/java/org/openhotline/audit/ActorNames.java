package org.openhotline.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The display names of the people the trail names by user name, for the audit page; provided
 * by the module that keeps the accounts (the trail itself stores only the user name).
 */
public interface ActorNames {

	/** Display names by user name; a user name without an account (such as "system") is left out. */
	Map<String, String> displayNames(Collection<String> usernames);
}
