package org.openhotline.accounts.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openhotline.accounts.AccountId;
import org.openhotline.accounts.AccountStatus;
import org.openhotline.accounts.Role;
import org.openhotline.accounts.StaffPrincipal;

/** A staff account as stored. Secrets stay sealed or hashed; see {@link Sealing} and {@link Passwords}. */
public record Account(AccountId id, String username, String displayName, Role role, List<String> portals,
		@Nullable String passwordHash, byte @Nullable [] sealedTotpSecret, long lastTotpStep, AccountStatus status,
		int failedSignIns, @Nullable Instant lockedUntil) {

	public boolean isEnrolled() {
		return sealedTotpSecret != null;
	}

	public boolean isActive() {
		return status == AccountStatus.ACTIVE;
	}

	public boolean isWaiting(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public StaffPrincipal principal() {
		return new StaffPrincipal(id.value(), username, displayName, role, java.util.Set.copyOf(portals));
	}
}
