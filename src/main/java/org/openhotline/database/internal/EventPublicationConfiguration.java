package org.openhotline.database.internal;

import org.openhotline.database.AsyncCommitJdbc;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.support.CompletionMode;
import org.springframework.util.StringUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * The event publication registry: its JDBC repository with the bookkeeping committed
 * asynchronously, and events serialized with the application's JSON mapper.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationConfiguration {

	/** Spring Modulith 2.0's repository for its current table layout (the class is not public). */
	static final String REGISTRY_REPOSITORY = "org.springframework.modulith.events.jdbc.JdbcEventPublicationRepositoryV2";

	@Bean
	EventSerializer eventSerializer(JsonMapper mapper) {
		return new JsonEventSerializer(mapper);
	}

	@Bean
	@Primary
	EventPublicationRepository asyncCommitBookkeeping(
			@Qualifier("jdbcEventPublicationRepository") EventPublicationRepository registry, AsyncCommitJdbc bookkeeping,
			Environment environment) {
		// only the repository whose statements AsyncCommitBookkeeping repeats, on the table
		// Flyway made (not in a schema of the registry's own)
		if (!AopUtils.getTargetClass(registry).getName().equals(REGISTRY_REPOSITORY)
				|| StringUtils.hasText(environment.getProperty("spring.modulith.events.jdbc.schema"))) {
			return registry;
		}
		return new AsyncCommitBookkeeping(registry, bookkeeping, CompletionMode.from(environment) == CompletionMode.DELETE);
	}
}
