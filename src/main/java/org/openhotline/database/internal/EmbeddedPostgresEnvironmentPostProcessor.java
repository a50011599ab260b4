package org.openhotline.database.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL inside the process when no datasource is configured, so that a
 * fresh machine with only a JDK runs the application. With {@code spring.datasource.url}
 * set (e.g. {@code SPRING_DATASOURCE_URL}) nothing is started. The production build
 * ({@code ./mvnw -Dproduction package}) does not contain the embedded binaries at all.
 * <p>
 * Runs before the context is created so that Hikari, Flyway and everything else see an
 * ordinary JDBC URL: there is one code path for the embedded and the external database.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String EMBEDDED_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	private final Log log;

	public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		if (!environment.getProperty("openhotline.embedded-database.enabled", Boolean.class, true)) {
			return;
		}
		if (!ClassUtils.isPresent(EMBEDDED_CLASS, getClass().getClassLoader())) {
			log.warn("No spring.datasource.url is set and this build has no embedded PostgreSQL: "
					+ "set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
			return;
		}
		String directory = environment.getProperty("openhotline.embedded-database.directory", "");
		int port = port(environment);
		Path dataDirectory = StringUtils.hasText(directory) ? Path.of(directory).toAbsolutePath().normalize() : null;
		if (dataDirectory != null) {
			try {
				Files.createDirectories(dataDirectory);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot create the embedded database directory " + dataDirectory, ex);
			}
		}
		Path secretsFile = dataDirectory == null ? null : dataDirectory.resolveSibling("development-secrets.properties");
		Map<String, Object> secrets = DevelopmentSecrets.missingFrom(environment, secretsFile);
		Object generated = secrets.remove(DevelopmentSecrets.DATABASE_PASSWORD);
		String password = generated != null ? generated.toString()
				: environment.getRequiredProperty(DevelopmentSecrets.DATABASE_PASSWORD);
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, port,
				environment.getProperty("openhotline.embedded-database.fsync", Boolean.class, true), password);
		application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(new AwaitEmbeddedPostgres(server)));
		log.info("Embedded PostgreSQL " + server.jdbcUrl() + (dataDirectory == null ? " (temporary)"
				: ", data in " + dataDirectory + ". To connect, e.g. for a backup: pg_dump -h localhost -p " + server.port()
						+ " -U postgres -Fc postgres > openhotline.dump (the password is "
						+ DevelopmentSecrets.DATABASE_PASSWORD + " in " + secretsFile + "; a second node on this machine reads "
						+ DevelopmentSecrets.environmentFile(secretsFile) + " and sets SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:"
						+ server.port() + "/postgres)"));
		Map<String, Object> properties = new HashMap<>(Map.of("spring.datasource.url", server.jdbcUrl(),
				"spring.datasource.username", "postgres", "spring.datasource.password", server.password(),
				"openhotline.embedded-database.active", "true"));
		properties.putAll(secrets);
		environment.getPropertySources().addFirst(new MapPropertySource("openhotlineEmbeddedDatabase", properties));
	}

	/** 0 (the default) is a free port chosen at each start; a second node needs a fixed one. */
	static int port(Environment environment) {
		return environment.getProperty("openhotline.embedded-database.port", Integer.class, 0);
	}

	@Override
	public int getOrder() {
		// after the config files have been read (ConfigDataEnvironmentPostProcessor)
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}
}
