package org.openhotline.accounts;

/** Whether an account may sign in. */
public enum AccountStatus {
	/** may sign in (once a password and a second factor are set) */
	ACTIVE,
	/** may not sign in; its sessions were ended when it was disabled */
	DISABLED
}
