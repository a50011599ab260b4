package org.openhotline.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The application's transaction manager. The event publication registry's own bookkeeping
 * transactions (marking a publication as being processed, and completing it) commit without
 * waiting for the disk: delivery is at least once and every listener is idempotent, so a
 * mark lost in a crash only means the event is delivered again, which already happens when
 * a node stops between a listener's commit and the completion. The publication itself is
 * stored in its publisher's transaction and waits for the disk like any other.
 */
class DeliveryBookkeepingTransactionManager extends JdbcTransactionManager {

	private static final long serialVersionUID = 1L;

	static final Set<String> BOOKKEEPING = Set.of(
			"org.springframework.modulith.events.core.DefaultEventPublicationRegistry.markProcessing",
			"org.springframework.modulith.events.core.DefaultEventPublicationRegistry.markCompleted");

	DeliveryBookkeepingTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		if (definition.getName() != null && BOOKKEEPING.contains(definition.getName())) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET LOCAL synchronous_commit = off");
			}
		}
	}
}
