package org.openhotline.shared.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** The transaction manager, in place of Boot's default JDBC one (same customizers applied). */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		JdbcTransactionManager manager = new DeliveryBookkeepingTransactionManager(dataSource);
		customizers.ifAvailable(c -> c.customize(manager));
		return manager;
	}
}
