/** Accounts as stored, passwords, sealed secrets, TOTP, recovery codes and throttling: internal to the accounts module. */
@NullMarked
package org.openhotline.accounts.internal;

import org.jspecify.annotations.NullMarked;
