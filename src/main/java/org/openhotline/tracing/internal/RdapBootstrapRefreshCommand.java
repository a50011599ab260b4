package org.openhotline.tracing.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar openhotline.jar --refresh-rdap-bootstrap --server.port=0}: downloads
 * IANA's current RDAP bootstrap files and exits with 0, or 4 when the refresh failed (the
 * files already there stay as they were).
 */
@Component
class RdapBootstrapRefreshCommand implements ApplicationRunner {

	static final int FAILED = 4;

	private final RdapBootstrapRefresh refresh;

	private final ConfigurableApplicationContext context;

	RdapBootstrapRefreshCommand(RdapBootstrapRefresh refresh, ConfigurableApplicationContext context) {
		this.refresh = refresh;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("refresh-rdap-bootstrap")) {
			return;
		}
		int outcome;
		try {
			System.out.println("RDAP bootstrap files refreshed: " + String.join(", ", refresh.refresh()));
			outcome = 0;
		}
		catch (Exception e) {
			if (e instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			System.out.println("RDAP bootstrap refresh FAILED: " + e.getMessage());
			outcome = FAILED;
		}
		int code = outcome;
		System.exit(SpringApplication.exit(context, () -> code));
	}
}
