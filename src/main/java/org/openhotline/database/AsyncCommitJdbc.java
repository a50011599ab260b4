package org.openhotline.database;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Writes that commit one statement at a time without waiting for the disk (PostgreSQL's
 * asynchronous commit), for work that is repeated if it is lost: what a listener does on
 * the delivery of an event, and the event registry's own bookkeeping. Should the database
 * server stop before such a commit reaches the disk, the event's publication is still open
 * (its completion comes later in the same log, so it is lost with it) and is delivered
 * again; every such write is therefore idempotent.
 * <p>
 * Each statement runs on a connection of a small pool of its own, in auto-commit mode,
 * outside any transaction the caller has open: it is visible to others at once and is not
 * rolled back with the caller's transaction. One statement is one round trip to the server.
 * The connections are set to {@code synchronous_commit = off} once, when the pool opens
 * them; every other connection keeps the server's setting, and the report a person waits
 * for is committed on one of those.
 */
public final class AsyncCommitJdbc implements DisposableBean {

	static final String POOL_NAME = "openhotline-async-commit";

	private final JdbcClient client;

	private final HikariDataSource pool;

	private AsyncCommitJdbc(HikariDataSource pool) {
		this.pool = pool;
		this.client = JdbcClient.create(pool);
	}

	/**
	 * A pool like the application's (same server, user and timeouts), whose connections commit
	 * asynchronously; opened on first use, so that the application starts while the database
	 * is unreachable.
	 */
	static AsyncCommitJdbc alongside(HikariDataSource main, int poolSize) {
		HikariDataSource pool = new HikariDataSource();
		main.copyStateTo(pool);
		pool.setPoolName(POOL_NAME);
		pool.setMaximumPoolSize(poolSize);
		pool.setMinimumIdle(Math.min(2, poolSize));
		pool.setAutoCommit(true);
		pool.setConnectionInitSql("SET synchronous_commit = off");
		// no connection at start: opened on first use, waiting as long as the main pool would
		pool.setInitializationFailTimeout(-1);
		return new AsyncCommitJdbc(pool);
	}

	/** Every statement of this client commits on its own, without waiting for the disk. */
	public JdbcClient client() {
		return client;
	}

	HikariDataSource pool() {
		return pool;
	}

	@Override
	public void destroy() {
		pool.close();
	}
}
