package org.openhotline.accounts.internal;

import org.openhotline.accounts.AccountsProperties;
import org.openhotline.shared.crypto.KeyChecks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a node whose accounts key is not the other nodes': it could not open the
 * second-factor secrets and recovery codes they sealed, and would seal ones they cannot open.
 */
@Component
class AccountsKeyCheck {

	AccountsKeyCheck(JdbcClient jdbc, AccountsProperties properties) {
		KeyChecks.verifyOrRecord(jdbc, "openhotline.accounts.secret-key", "OPENHOTLINE_ACCOUNTS_SECRET_KEY",
				Sealing.secretKeyBytes(properties.secretKey()),
				"seal second factors and recovery codes the other nodes cannot open, and not open theirs");
	}
}
