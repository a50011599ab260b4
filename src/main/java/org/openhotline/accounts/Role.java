package org.openhotline.accounts;

/** What a staff member may do in the back office. */
public enum Role {
	/** works the queue: claims, assesses, traces, sends notices, confirms removal */
	ANALYST,
	/** everything an analyst does, plus second assessments, reassignment and reporters' contact details */
	SUPERVISOR,
	/** everything a supervisor does, plus accounts, portals, taxonomies and the audit trail */
	ADMINISTRATOR,
	/** read-only, limited to the statistics of the portals named on the account */
	PORTAL_PARTNER;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The authorities a signed-in account holds: its role's and those of the roles it includes. */
	public java.util.List<String> authorities() {
		return switch (this) {
			case ADMINISTRATOR -> java.util.List.of(authority(), SUPERVISOR.authority(), ANALYST.authority());
			case SUPERVISOR -> java.util.List.of(authority(), ANALYST.authority());
			case ANALYST, PORTAL_PARTNER -> java.util.List.of(authority());
		};
	}
}
