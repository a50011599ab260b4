package org.openhotline.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's two bookkeeping writes commit without waiting for the disk, and do what the
 * registry's own statements do; every other transaction still waits.
 */
@SpringBootTest
class AsyncCommitBookkeepingTests {

	@Autowired
	EventPublicationRepository publications;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	EventSerializer serializer;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	private UUID publication() {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				                               completion_attempts)
				VALUES (:id, 'test.listener', 'test.Event', '{}', now(), 'PUBLISHED', 0)
				""").param("id", id).update();
		return id;
	}

	private String statusOf(UUID id) {
		return jdbc.sql("SELECT coalesce(max(status), 'GONE') FROM event_publication WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/** Runs the work in a transaction as the registry does, and says what the commit would wait for. */
	private String synchronousCommitAfter(Runnable work) {
		return new TransactionTemplate(transactionManager).execute(status -> {
			work.run();
			return jdbc.sql("SHOW synchronous_commit").query(String.class).single();
		});
	}

	@Test
	void theRegistryWritesThroughTheAsynchronousBookkeeping() {
		assertThat(publications).isInstanceOf(AsyncCommitBookkeeping.class);
		// the registry's own reference (a private field: should an upgrade of Spring Modulith
		// rename it, this fails, and the wrapping is to be checked again anyway)
		assertThat(ReflectionTestUtils.getField((Object) AopTestUtils.getUltimateTargetObject(registry), "events"))
			.isSameAs(publications);
		assertThat(serializer).isInstanceOf(JsonEventSerializer.class);
	}

	@Test
	void markingAPublicationAsProcessedDoesNotWaitForTheDisk() {
		UUID id = publication();

		assertThat(synchronousCommitAfter(() -> publications.markProcessing(id))).isEqualTo("off");

		assertThat(statusOf(id)).isEqualTo("PROCESSING");
	}

	@Test
	void completingAPublicationDeletesItWithoutWaitingForTheDisk() {
		UUID id = publication();
		UUID other = publication();

		assertThat(synchronousCommitAfter(() -> publications.markCompleted(id, Instant.now()))).isEqualTo("off");

		assertThat(statusOf(id)).isEqualTo("GONE");
		assertThat(statusOf(other)).isEqualTo("PUBLISHED");
	}

	@Test
	void everyOtherTransactionWaitsForTheDisk() {
		UUID id = publication();
		synchronousCommitAfter(() -> publications.markProcessing(id));

		// the setting ended with its transaction: the pooled connection is back to the default
		assertThat(synchronousCommitAfter(() -> jdbc.sql("SELECT 1").query(Integer.class).single())).isEqualTo("on");
		assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
	}
}
