package org.openhotline.accounts.internal;

import java.util.Optional;

import org.openhotline.accounts.AccountAdministration;
import org.openhotline.accounts.AccountsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database: makes the administrator and prints a one-time
 * set-up link (there is never a default password), or uses the password given in
 * {@code OPENHOTLINE_ACCOUNTS_INITIAL_ADMINISTRATOR_PASSWORD}; and again on every start while
 * that administrator is the only account and has never had a password.
 * <p>
 * The account is made once every bean exists (the schema is migrated), before the web
 * server opens its port: the first request already finds it. The link, which needs the
 * port, is printed when the application is ready, after the ready banner.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountAdministration administration;

	private final AccountsProperties properties;

	private Optional<AccountAdministration.Created> created = Optional.empty();

	/** @param keyCheck made first: a node with another key makes no account */
	FirstAdministrator(AccountAdministration administration, AccountsProperties properties,
			AccountsKeyCheck keyCheck) {
		this.administration = administration;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		created = administration.createFirstAdministrator();
	}

	@EventListener
	@Order(10)
	void ready(ApplicationReadyEvent event) {
		if (created.isEmpty()) {
			return;
		}
		int port = event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null
				? web.getWebServer().getPort() : 8080;
		if (created.get().setupCode().isEmpty()) {
			log.info("""

					First start: the administrator account '{}' was created with the password from the configuration.
					Sign in at http://localhost:{}/office and enrol an authenticator app.
					""", properties.initialAdministrator(), port);
			return;
		}
		log.info("""

				First start: the administrator account '{}' has no password yet. Choose it here
				(the link works once, for {}; a link printed at an earlier start no longer works):
				  http://localhost:{}/office/setup/{}
				Then sign in at http://localhost:{}/office and enrol an authenticator app.
				""", properties.initialAdministrator(), inWords(properties.setupLinkLifetime()), port,
				created.get().setupCode(), port);
	}

	/** "24 hours" or "90 minutes", for the person reading the console (not PT24H). */
	static String inWords(java.time.Duration lifetime) {
		long minutes = lifetime.toMinutes();
		return minutes % 60 == 0 ? (minutes / 60) + (minutes == 60 ? " hour" : " hours")
				: minutes + (minutes == 1 ? " minute" : " minutes");
	}
}
