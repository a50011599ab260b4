package org.openhotline.accounts.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.openhotline.audit.ActorNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit page's names of people: the display name of each account, by its user name. */
@Component
class AccountActorNames implements ActorNames {

	private final JdbcClient jdbc;

	AccountActorNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		if (usernames.isEmpty()) {
			return names;
		}
		jdbc.sql("SELECT username, display_name FROM account WHERE username = ANY(:names)")
			.param("names", usernames.toArray(String[]::new))
			.query(rs -> {
				names.put(rs.getString(1), rs.getString(2));
			});
		return names;
	}
}
