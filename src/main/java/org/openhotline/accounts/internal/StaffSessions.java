package org.openhotline.accounts.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** The back-office sessions of an account, on every node: they live in PostgreSQL, indexed by user name. */
@Component
public class StaffSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	StaffSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of the user at once; returns how many there were. */
	public int endAll(String username) {
		var found = sessions.findByPrincipalName(username);
		found.keySet().forEach(sessions::deleteById);
		return found.size();
	}
}
