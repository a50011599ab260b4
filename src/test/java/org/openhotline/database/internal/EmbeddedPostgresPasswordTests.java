package org.openhotline.database.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.env.MockEnvironment;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The embedded PostgreSQL lets in only who has its password, which is kept for its owner's eyes only. */
class EmbeddedPostgresPasswordTests {

	@Test
	void aConnectionWithoutThePasswordOrWithAWrongOneIsRefused() {
		String url = TestDatabase.embeddedJdbcUrl();

		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> DriverManager.getConnection(url).close());
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> DriverManager.getConnection(url, "postgres", "not-the-password").close());
	}

	@Test
	void everyRuleOfTheServerAsksForAScramPassword() throws SQLException {
		try (Connection connection = DriverManager.getConnection(TestDatabase.embeddedJdbcUrl(), "postgres",
				TestDatabase.embeddedPassword())) {
			List<String> methods = JdbcClient.create(new SingleConnectionDataSource(connection, true))
				.sql("SELECT DISTINCT auth_method FROM pg_hba_file_rules")
				.query(String.class)
				.list();

			assertThat(methods).containsExactly("scram-sha-256");
		}
	}

	@Test
	void aDirectoryInitialisedWhenEveryLocalUserWasTrustedGetsThePassword(@TempDir Path directory) throws Exception {
		try (EmbeddedPostgres trusting = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start()) {
			String url = trusting.getJdbcUrl("postgres", "postgres");
			DriverManager.getConnection(url).close();

			EmbeddedPostgresServer.requirePassword(trusting, directory, "the-new-password");

			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> DriverManager.getConnection(url).close());
			DriverManager.getConnection(url, "postgres", "the-new-password").close();
			assertThat(Files.readAllLines(directory.resolve("pg_hba.conf")))
				.filteredOn(line -> !line.isBlank() && !line.startsWith("#"))
				.isNotEmpty()
				.allMatch(line -> line.endsWith("scram-sha-256"));
		}
	}

	@Test
	void theSecretsFileIsTheOwnersOnlyAndKeepsItsValues(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("development-secrets.properties");

		Map<String, Object> first = DevelopmentSecrets.missingFrom(new MockEnvironment(), file);
		Map<String, Object> again = DevelopmentSecrets.missingFrom(new MockEnvironment(), file);

		assertThat(first).containsOnlyKeys(DevelopmentSecrets.KEYS).isEqualTo(again);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat((String) first.get(DevelopmentSecrets.DATABASE_PASSWORD)).matches("[A-Za-z0-9_-]{43}");
		assertThat(Base64.getDecoder().decode((String) first.get("openhotline.blocklist.signing-key"))).hasSize(32);
		try (var files = Files.list(directory)) {
			assertThat(files).containsExactlyInAnyOrder(file, directory.resolve("development-secrets.env"));
		}
	}

	@Test
	void aSecondNodeGetsTheSameKeysAsEnvironmentVariablesOwnerOnlyOneLineEach(@TempDir Path directory)
			throws IOException {
		Path file = directory.resolve("development-secrets.properties");
		Path environment = directory.resolve("development-secrets.env");

		DevelopmentSecrets.missingFrom(new MockEnvironment(), file);

		Properties properties = new Properties();
		try (var in = Files.newInputStream(file)) {
			properties.load(in);
		}
		Map<String, String> variables = variables(environment);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(environment))).isEqualTo("rw-------");
		assertThat(properties.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(DevelopmentSecrets.KEYS);
		for (String key : DevelopmentSecrets.KEYS) {
			String value = properties.getProperty(key);
			assertThat(value).doesNotContain("\n", "\r", "'", "\"", " ", "$", "\\");
			assertThat(variables).containsEntry(key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'),
					value);
		}
		assertThat(variables).containsEntry("OPENHOTLINE_INTAKE_SECRET_KEY", properties.getProperty("openhotline.intake.secret-key"))
			.containsEntry("SPRING_DATASOURCE_USERNAME", "postgres")
			.containsEntry("SPRING_DATASOURCE_PASSWORD", properties.getProperty(DevelopmentSecrets.DATABASE_PASSWORD))
			.hasSize(DevelopmentSecrets.KEYS.size() + 2);
	}

	@Test
	void theEnvironmentFileIsWrittenForKeysGeneratedBeforeItExistedAndKeptInStep(@TempDir Path directory)
			throws IOException {
		Path file = directory.resolve("development-secrets.properties");
		Properties old = new Properties();
		old.setProperty("openhotline.audit.key", "a+b/c=");
		DevelopmentSecrets.writeOwnerOnly(file, old);
		Files.delete(directory.resolve("development-secrets.env"));

		DevelopmentSecrets.missingFrom(new MockEnvironment().withProperty("openhotline.intake.secret-key", "set"), file);
		assertThat(variables(directory.resolve("development-secrets.env"))).containsEntry("OPENHOTLINE_AUDIT_KEY", "a+b/c=")
			.doesNotContainKey("OPENHOTLINE_INTAKE_SECRET_KEY")
			.containsKey("OPENHOTLINE_ACCOUNTS_SECRET_KEY");
	}

	@Test
	void aValueThatIsNotBase64IsSingleQuotedForTheShell() {
		Properties content = new Properties();
		content.setProperty("openhotline.audit.key", "it's $HOME");

		assertThat(DevelopmentSecrets.environmentLines(content)).contains("OPENHOTLINE_AUDIT_KEY='it'\\''s $HOME'\n");
	}

	/** As a shell reads the file: every line NAME=value, no quotes to remove for a generated value. */
	private static Map<String, String> variables(Path environment) throws IOException {
		Map<String, String> variables = new java.util.LinkedHashMap<>();
		for (String line : Files.readAllLines(environment)) {
			if (line.startsWith("#")) {
				continue;
			}
			assertThat(line).matches("[A-Z_]+=[A-Za-z0-9+/=_.-]+");
			variables.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
		}
		return variables;
	}

	@Test
	void aKeyAddedLaterRewritesTheFileOwnerOnly(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("development-secrets.properties");
		Properties old = new Properties();
		old.setProperty("openhotline.audit.key", "kept");
		DevelopmentSecrets.writeOwnerOnly(file, old);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

		Map<String, Object> secrets = DevelopmentSecrets.missingFrom(new MockEnvironment(), file);

		assertThat(secrets).containsEntry("openhotline.audit.key", "kept").containsKey(DevelopmentSecrets.DATABASE_PASSWORD);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}
}
