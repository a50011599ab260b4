package org.openhotline.database.internal;

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

	/** The JDBC URL of a new, empty database on that server, for a test that needs to start from nothing. */
	public static String newEmptyDatabase(String prefix) {
		String name = prefix + "_" + java.util.UUID.randomUUID().toString().replace("-", "");
		try (java.sql.Connection connection = java.sql.DriverManager.getConnection(embeddedJdbcUrl(), "postgres",
				embeddedPassword()); java.sql.Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return embeddedJdbcUrl().replace("/postgres?", "/" + name + "?");
	}

	private static EmbeddedPostgresServer server() {
		return EmbeddedPostgresServer.start(null, 0, false, DevelopmentSecrets.randomPassword()).awaitReady();
	}
}
