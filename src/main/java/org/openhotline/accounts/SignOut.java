package org.openhotline.accounts;

import org.openhotline.accounts.internal.StaffSessions;
import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signing out ends every session of the account at once, on every node. */
@Service
public class SignOut {

	private final StaffSessions sessions;

	private final AuditTrail audit;

	SignOut(StaffSessions sessions, AuditTrail audit) {
		this.sessions = sessions;
		this.audit = audit;
	}

	@Transactional
	public void everywhere(StaffPrincipal staff) {
		int ended = sessions.endAll(staff.username());
		audit.record(staff.username(), AuditAction.SIGN_OUT, "", ended + " sessions ended");
	}
}
