package org.openhotline.shared.database;

/** The PostgreSQL the tests of this run use, for tests that need its address (e.g. to put a proxy in front). */
public final class TestDatabase {

	private TestDatabase() {
	}

	/** The JDBC URL of the shared embedded server, starting it if no test has yet. */
	public static String embeddedJdbcUrl() {
		return server().jdbcUrl();
	}

	/** The password of its user {@code postgres}. */
	public static String embeddedPassword() {
		return server().password();
	}

	private static EmbeddedPostgresServer server() {
		return EmbeddedPostgresServer.start(null, 0, false, DevelopmentSecrets.randomPassword()).awaitReady();
	}
}
