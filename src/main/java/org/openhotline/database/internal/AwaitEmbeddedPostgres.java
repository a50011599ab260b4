package org.openhotline.database.internal;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/** Holds back the first use of the {@code DataSource} until the embedded server, started in parallel, is up. */
final class AwaitEmbeddedPostgres implements BeanPostProcessor {

	private final EmbeddedPostgresServer server;

	AwaitEmbeddedPostgres(EmbeddedPostgresServer server) {
		this.server = server;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource) {
			server.awaitReady();
		}
		return bean;
	}
}
