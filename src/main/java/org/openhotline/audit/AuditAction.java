package org.openhotline.audit;

/** What a staff member did. Stored by name: never rename a constant, add new ones. */
public enum AuditAction {
	/** signed in with password and second factor */
	SIGN_IN,
	/** a password or second-factor check failed */
	SIGN_IN_FAILED,
	/** signed out, ending every session of the account */
	SIGN_OUT,
	/** the account was locked for a while after repeated failures */
	ACCOUNT_LOCKED,
	/** enrolled an authenticator app */
	SECOND_FACTOR_ENROLLED,
	/** signed in with a one-time recovery code instead of the authenticator */
	RECOVERY_CODE_USED,
	/** set a password through a one-time set-up link */
	PASSWORD_SET,
	/** an administrator created an account */
	ACCOUNT_CREATED,
	/** an administrator disabled an account, ending its sessions */
	ACCOUNT_DISABLED,
	/** an administrator enabled an account again */
	ACCOUNT_ENABLED,
	/** an administrator reset an account's second factor */
	SECOND_FACTOR_RESET,
	/** claimed a case */
	CASE_CLAIMED,
	/** assessed a case */
	CASE_ASSESSED,
	/** a supervisor gave a case to another analyst */
	CASE_REASSIGNED,
	/** read a reporter's contact details */
	CONTACT_DETAILS_VIEWED,
	/** changed a taxonomy */
	TAXONOMY_CHANGED,
	/** exported data */
	EXPORT,
	/** ran the audit trail verifier */
	AUDIT_VERIFIED,
	/** traced a case's host again on request */
	HOSTING_TRACED,
	/** corrected a traced field (country, network, a contact) */
	TRACE_CORRECTED,
	/** an administrator added a partner hotline or law-enforcement contact */
	PARTNER_ADDED,
	/** an administrator changed or retired a partner contact */
	PARTNER_CHANGED,
	/** sent (queued) a notice or referral */
	NOTICE_SENT,
	/** checked the address: the content is still there */
	CHECKED_STILL_LIVE,
	/** confirmed that the content is gone */
	REMOVAL_CONFIRMED,
	/** widened a URL list entry to its whole host (a site that exists for this content) */
	LIST_ENTRY_WIDENED,
	/** narrowed a URL list entry back to its address */
	LIST_ENTRY_NARROWED,
	/** took an entry off the URL list, with a reason */
	LIST_ENTRY_WITHDRAWN,
	/** an administrator (or the command) added an organisation that uses the APIs */
	ORGANISATION_ADDED,
	/** an administrator changed an organisation, or switched it off or on */
	ORGANISATION_CHANGED,
	/** issued an API key (also by a rotation) */
	API_KEY_ISSUED,
	/** revoked an API key */
	API_KEY_REVOKED,
	/** an administrator created a portal (as a draft) */
	PORTAL_CREATED,
	/** an administrator changed a portal's details */
	PORTAL_CHANGED,
	/** an administrator put a portal live or suspended it */
	PORTAL_STATUS_CHANGED,
	/** an administrator uploaded a portal partner's logo */
	PARTNER_LOGO_CHANGED,
	/** gave back a claimed case unassessed, for someone else to take */
	CASE_RELEASED,
	/** a supervisor closed a case as a duplicate of another */
	CASE_CLOSED_AS_DUPLICATE;

	private static final java.util.Set<AuditAction> ON_A_CASE = java.util.EnumSet.of(CASE_CLAIMED, CASE_ASSESSED,
			CASE_REASSIGNED, CASE_RELEASED, CASE_CLOSED_AS_DUPLICATE, HOSTING_TRACED, TRACE_CORRECTED, NOTICE_SENT,
			CHECKED_STILL_LIVE, REMOVAL_CONFIRMED, LIST_ENTRY_WIDENED, LIST_ENTRY_NARROWED, LIST_ENTRY_WITHDRAWN);

	/** Whether the entry's target is a case's id (the page links it to the case). */
	public boolean targetsACase() {
		return ON_A_CASE.contains(this);
	}

	/** The action of a stored name; null for a name this version does not know. */
	public static @org.jspecify.annotations.Nullable AuditAction named(String name) {
		for (AuditAction action : values()) {
			if (action.name().equals(name)) {
				return action;
			}
		}
		return null;
	}
}
