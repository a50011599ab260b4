package org.openhotline.database.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openhotline.database.AsyncCommitJdbc;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * The event publication registry's repository, with its two bookkeeping writes committing
 * without waiting for the disk ({@link AsyncCommitJdbc}): marking a publication as being
 * processed, and deleting it once its listener has succeeded. Spring Modulith 2.0 runs each
 * in a transaction of its own, so each would otherwise wait for a flush of its own, and spend
 * a round trip on its commit; here each is one statement, one round trip, and the registry's
 * own transaction around it sends nothing.
 * <p>
 * Nothing is lost by it: delivery is at least once and every listener is idempotent, so a
 * mark lost in a crash only means the event is delivered again, as when a node stops between
 * a listener's commit and the completion. The publication itself is stored in its publisher's
 * transaction and waits for the disk like any other write. Every other method is the
 * registry's own.
 * <p>
 * The two statements repeat those of Spring Modulith 2.0's {@code JdbcEventPublicationRepositoryV2}
 * on the table Flyway makes. On an upgrade of Spring Modulith, compare them with the new
 * version's; {@code AsyncCommitBookkeepingTests} fails if the registry no longer writes
 * through this class.
 */
final class AsyncCommitBookkeeping implements EventPublicationRepository {

	private static final String MARK_PROCESSING = "UPDATE event_publication SET status = 'PROCESSING' WHERE id = ? AND status != 'PROCESSING'";

	private static final String DELETE_COMPLETED = "DELETE FROM event_publication WHERE id = ?";

	private final EventPublicationRepository repository;

	private final AsyncCommitJdbc bookkeeping;

	private final boolean deleteOnCompletion;

	/**
	 * @param deleteOnCompletion whether the registry deletes a completed publication
	 * ({@code spring.modulith.events.completion-mode=delete}); in any other mode completion is
	 * left to the registry as it is
	 */
	AsyncCommitBookkeeping(EventPublicationRepository repository, AsyncCommitJdbc bookkeeping, boolean deleteOnCompletion) {
		this.repository = repository;
		this.bookkeeping = bookkeeping;
		this.deleteOnCompletion = deleteOnCompletion;
	}

	@Override
	public void markProcessing(UUID identifier) {
		bookkeeping.client().sql(MARK_PROCESSING).param(identifier).update();
	}

	@Override
	public void markCompleted(TargetEventPublication publication, Instant completionDate) {
		// as the interface's default does, but through this class's completion by id
		publication.markCompleted(completionDate);
		markCompleted(publication.getIdentifier(), completionDate);
	}

	@Override
	public void markCompleted(UUID identifier, Instant completionDate) {
		if (deleteOnCompletion) {
			bookkeeping.client().sql(DELETE_COMPLETED).param(identifier).update();
		}
		else {
			repository.markCompleted(identifier, completionDate);
		}
	}

	@Override
	public TargetEventPublication create(TargetEventPublication publication) {
		return repository.create(publication);
	}

	@Override
	public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
		repository.markCompleted(event, identifier, completionDate);
	}

	@Override
	public void markFailed(UUID identifier) {
		repository.markFailed(identifier);
	}

	@Override
	public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
		return repository.markResubmitted(identifier, resubmissionDate);
	}

	@Override
	public List<TargetEventPublication> findIncompletePublications() {
		return repository.findIncompletePublications();
	}

	@Override
	public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
		return repository.findIncompletePublicationsPublishedBefore(instant);
	}

	@Override
	public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
			PublicationTargetIdentifier targetIdentifier) {
		return repository.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
	}

	@Override
	public List<TargetEventPublication> findCompletedPublications() {
		return repository.findCompletedPublications();
	}

	@Override
	public void deletePublications(List<UUID> identifiers) {
		repository.deletePublications(identifiers);
	}

	@Override
	public void deleteCompletedPublications() {
		repository.deleteCompletedPublications();
	}

	@Override
	public void deleteCompletedPublicationsBefore(Instant instant) {
		repository.deleteCompletedPublicationsBefore(instant);
	}

	@Override
	public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
		return repository.findFailedPublications(criteria);
	}

	@Override
	public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
		return repository.findByStatus(status);
	}

	@Override
	public int countByStatus(EventPublication.Status status) {
		return repository.countByStatus(status);
	}
}
