package org.openhotline.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.openhotline.database.internal.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/** The pool for writes that commit on their own without waiting for the disk, beside the application's. */
class AsyncCommitJdbcTests {

	private static HikariDataSource mainPool(String url) {
		HikariDataSource main = new HikariDataSource();
		main.setJdbcUrl(url);
		main.setUsername("postgres");
		main.setPassword(TestDatabase.embeddedPassword());
		main.setMaximumPoolSize(2);
		main.setConnectionTimeout(1000);
		main.setPoolName("main");
		return main;
	}

	@Test
	void itsStatementsCommitOnTheirOwnWithoutWaitingForTheDiskWhileTheMainPoolWaits() throws Exception {
		try (HikariDataSource main = mainPool(TestDatabase.embeddedJdbcUrl())) {
			AsyncCommitJdbc asyncCommit = AsyncCommitJdbc.alongside(main, 2);
			JdbcClient mainJdbc = JdbcClient.create(main);
			String table = "async_commit_test_" + UUID.randomUUID().toString().replace("-", "");
			mainJdbc.sql("CREATE TABLE " + table + " (id int)").update();
			try {
				new TransactionTemplate(new DataSourceTransactionManager(main)).executeWithoutResult(status -> {
					asyncCommit.client().sql("INSERT INTO " + table + " VALUES (1)").update();
					status.setRollbackOnly();
				});

				assertThat(mainJdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single()).isEqualTo(1);
				assertThat(asyncCommit.client().sql("SHOW synchronous_commit").query(String.class).single())
					.isEqualTo("off");
				assertThat(mainJdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
			}
			finally {
				mainJdbc.sql("DROP TABLE " + table).update();
				asyncCommit.destroy();
			}
		}
	}

	@Test
	void itTakesTheMainPoolsServerAndTimeoutsButHasItsOwnNameAndSize() {
		try (HikariDataSource main = mainPool("jdbc:postgresql://127.0.0.1:9/none")) {
			main.setAutoCommit(false);
			AsyncCommitJdbc asyncCommit = AsyncCommitJdbc.alongside(main, 3);
			HikariDataSource pool = asyncCommit.pool();

			assertThat(pool.getJdbcUrl()).isEqualTo(main.getJdbcUrl());
			assertThat(pool.getUsername()).isEqualTo("postgres");
			assertThat(pool.getConnectionTimeout()).isEqualTo(1000);
			assertThat(pool.getPoolName()).isEqualTo(AsyncCommitJdbc.POOL_NAME);
			assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
			assertThat(pool.isAutoCommit()).isTrue();
			asyncCommit.destroy();
			assertThat(pool.isClosed()).isTrue();
		}
	}

	@Test
	void anUnreachableDatabaseFailsTheStatementNotTheStart() {
		try (HikariDataSource main = mainPool("jdbc:postgresql://127.0.0.1:9/none")) {
			// made without connecting: the application starts while the database is away
			AsyncCommitJdbc asyncCommit = AsyncCommitJdbc.alongside(main, 2);

			assertThatThrownBy(() -> asyncCommit.client().sql("SELECT 1").query(Integer.class).single())
				.isInstanceOf(DataAccessException.class);
			asyncCommit.destroy();
		}
	}

	@Test
	void anotherConnectionPoolIsRefusedWithTheSettingToRemove() {
		SimpleDriverDataSource other = new SimpleDriverDataSource();

		assertThatThrownBy(() -> new DatabaseConfiguration().asyncCommitJdbc(other, new DatabaseProperties(8)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("HikariCP")
			.hasMessageContaining("spring.datasource.type");
	}
}
