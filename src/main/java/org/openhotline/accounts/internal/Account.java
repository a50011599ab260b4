package org.openhotline.accounts;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A staff account as stored. Secrets stay sealed or hashed; see {@link Sealing} and {@link Passwords}. */
record Account(AccountId id, String username, String displayName, Role role, List<String> portals,
		@Nullable String passwordHash, byte @Nullable [] sealedTotpSecret, long lastTotpStep, AccountStatus status,
		int failedSignIns, @Nullable Instant lockedUntil) {

	boolean hasPassword() {
		return passwordHash != null;
	}

	boolean isEnrolled() {
		return sealedTotpSecret != null;
	}

	boolean isActive() {
		return status == AccountStatus.ACTIVE;
	}

	boolean isWaiting(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	StaffPrincipal principal() {
		return new StaffPrincipal(id.value(), username, displayName, role, java.util.Set.copyOf(portals));
	}
}
