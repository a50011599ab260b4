package org.openhotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variable names the README gives bind to the settings they name, in both spellings. */
class EnvironmentVariableNamesTests {

	@ParameterizedTest
	@CsvSource({ "OPENHOTLINE_TAKEDOWN_RENOTICEINTERVAL, openhotline.takedown.renotice-interval",
			"OPENHOTLINE_TAKEDOWN_POLICY_HOMECOUNTRY, openhotline.takedown.policy.home-country",
			"OPENHOTLINE_TRACING_IPDATA_RANGETABLE, openhotline.tracing.ip-data.range-table",
			"OPENHOTLINE_TRACING_RDAP_BOOTSTRAPDIRECTORY, openhotline.tracing.rdap.bootstrap-directory",
			"DBSCHEDULER_POLLINGINTERVAL, db-scheduler.polling-interval",
			"OPENHOTLINE_TRIAGE_CLAIMLAPSE, openhotline.triage.claim-lapse",
			"OPENHOTLINE_TRIAGE_AGEDAFTER, openhotline.triage.aged-after",
			"OPENHOTLINE_INTAKE_CONTACTRETENTION, openhotline.intake.contact-retention",
			"OPENHOTLINE_EMBEDDEDDATABASE_PORT, openhotline.embedded-database.port" })
	void aVariableBindsToItsSetting(String variable, String property) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "value-of-" + variable)));

		assertThat(Binder.get(environment).bind(property, String.class).orElse(null)).isEqualTo("value-of-" + variable);
	}

	@ParameterizedTest
	@CsvSource({ "OPENHOTLINE_TRIAGE_CLAIM_LAPSE, openhotline.triage.claim-lapse",
			"OPENHOTLINE_TRIAGE_AGED_AFTER, openhotline.triage.aged-after",
			"OPENHOTLINE_INTAKE_CONTACT_RETENTION, openhotline.intake.contact-retention",
			"OPENHOTLINE_TAKEDOWN_RENOTICE_INTERVAL, openhotline.takedown.renotice-interval",
			"OPENHOTLINE_TAKEDOWN_POLICY_HOME_COUNTRY, openhotline.takedown.policy.home-country",
			"OPENHOTLINE_TRACING_IP_DATA_RANGE_TABLE, openhotline.tracing.ip-data.range-table",
			"OPENHOTLINE_TRACING_RDAP_BOOTSTRAP_DIRECTORY, openhotline.tracing.rdap.bootstrap-directory",
			"DB_SCHEDULER_POLLING_INTERVAL, db-scheduler.polling-interval",
			"OPENHOTLINE_DATABASE_ASYNC_COMMIT_POOL_SIZE, openhotline.database.async-commit-pool-size",
			"OPENHOTLINE_BLOCKLIST_STALE_AFTER, openhotline.blocklist.stale-after",
			"OPENHOTLINE_EMBEDDED_DATABASE_PORT, openhotline.embedded-database.port",
			"OPENHOTLINE_INTAKE_CONTACT_ENCRYPTION_KEY, openhotline.intake.contact-encryption-key",
			"OPENHOTLINE_BLOCKLIST_SIGNING_KEY, openhotline.blocklist.signing-key",
			"OPENHOTLINE_REPORT_API_CALLBACKS_RETRY_FIRST, openhotline.report-api.callbacks.retry-first",
			"OPENHOTLINE_REPORT_API_CALLBACKS_MAX_ATTEMPTS, openhotline.report-api.callbacks.max-attempts",
			"OPENHOTLINE_EXCHANGE_INSTALLATION_ID, openhotline.exchange.installation-id",
			"OPENHOTLINE_EXCHANGE_ALLOWED_INSECURE_ENDPOINTS, openhotline.exchange.allowed-insecure-endpoints" })
	void underscoresForDashesAlsoBind(String variable, String property) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "x")));

		assertThat(Binder.get(environment).bind(property, String.class).orElse(null)).isEqualTo("x");
	}
}
