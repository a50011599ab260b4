package org.openhotline.database;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	AsyncCommitJdbc asyncCommitJdbc(DataSource dataSource, DatabaseProperties properties) throws Exception {
		if (!dataSource.isWrapperFor(HikariDataSource.class)) {
			throw new IllegalStateException("OpenHotline needs HikariCP, Spring Boot's default connection pool, "
					+ "but spring.datasource.type names " + dataSource.getClass().getName()
					+ ": remove spring.datasource.type");
		}
		return AsyncCommitJdbc.alongside(dataSource.unwrap(HikariDataSource.class), properties.asyncCommitPoolSize());
	}
}
