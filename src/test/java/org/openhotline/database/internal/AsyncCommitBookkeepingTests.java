package org.openhotline.database.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openhotline.database.AsyncCommitJdbc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's two bookkeeping writes commit on their own without waiting for the disk, and
 * do what the registry's own statements do; storing a publication, and every other
 * transaction, still waits.
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

	@Autowired
	AsyncCommitJdbc asyncCommit;

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

	/** Runs the work in a transaction of its own, as the registry does, and rolls that transaction back. */
	private void inATransactionRolledBack(Runnable work) {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			work.run();
			status.setRollbackOnly();
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
	void markingAPublicationAsProcessedCommitsOnItsOwn() {
		UUID id = publication();

		inATransactionRolledBack(() -> publications.markProcessing(id));

		assertThat(statusOf(id)).isEqualTo("PROCESSING");
	}

	@Test
	void completingAPublicationDeletesItAndNoOther() {
		UUID id = publication();
		UUID other = publication();

		inATransactionRolledBack(() -> publications.markCompleted(id, Instant.now()));

		assertThat(statusOf(id)).isEqualTo("GONE");
		assertThat(statusOf(other)).isEqualTo("PUBLISHED");
	}

	@Test
	void aPublicationAlreadyProcessingStaysSo() {
		UUID id = publication();
		publications.markProcessing(id);
		publications.markProcessing(id);

		assertThat(statusOf(id)).isEqualTo("PROCESSING");
	}

	@Test
	void storingAPublicationIsPartOfThePublishersTransaction() {
		List<UUID> stored = new ArrayList<>();

		inATransactionRolledBack(() -> registry
			.store(new TestEvent("rolled back"), Stream.of(PublicationTargetIdentifier.of("test.listener")))
			.forEach(publication -> stored.add(publication.getIdentifier())));

		assertThat(stored).hasSize(1);
		assertThat(statusOf(stored.get(0))).isEqualTo("GONE");
	}

	@Test
	void onlyTheBookkeepingSkipsWaitingForTheDisk() {
		assertThat(asyncCommit.client().sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("off");
		assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
		String inATransaction = new TransactionTemplate(transactionManager)
			.execute(status -> jdbc.sql("SHOW synchronous_commit").query(String.class).single());
		assertThat(inATransaction).isEqualTo("on");
	}

	record TestEvent(String text) {
	}
}
