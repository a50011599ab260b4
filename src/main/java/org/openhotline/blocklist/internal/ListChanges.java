package org.openhotline.blocklist.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.openhotline.blocklist.Change;
import org.openhotline.blocklist.ListItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every change of the list goes through here, in the caller's transaction: the head is locked
 * (so versions follow each other without gap or duplicate, whatever node writes), the entries
 * change, the items follow the entries, and when the list changed a new version is made with
 * its checksum and signed manifest.
 */
@Component
public class ListChanges {

	private final ListStore store;

	private final ListSigner signer;

	private final LookupIndex index;

	private final BlocklistProperties properties;

	private final Clock clock;

	ListChanges(ListStore store, ListSigner signer, LookupIndex index, BlocklistProperties properties, Clock clock) {
		this.store = store;
		this.signer = signer;
		this.index = index;
		this.properties = properties;
		this.clock = clock;
	}

	/** What a change of entries did: the hashes whose entries changed. */
	public interface Mutation {

		/**
		 * @param version the version this change makes if the list changes
		 * @return the hashes whose listed entries may have changed
		 */
		Collection<String> apply(long version);
	}

	/** @return the list's version after the change */
	@Transactional(propagation = Propagation.MANDATORY)
	public long change(Mutation mutation) {
		long current = store.lockHead();
		long next = current + 1;
		Set<String> touched = new LinkedHashSet<>(mutation.apply(next));
		int additions = 0;
		int removals = 0;
		for (String hash : touched) {
			Optional<ListItem> listed = store.itemFromListedEntries(hash, next);
			Optional<ListItem> onList = store.item(hash);
			if (listed.isPresent() && onList.isEmpty()) {
				ListItem item = listed.get();
				store.insertItem(item);
				store.insertChange(next, new Change(Change.Op.ADD, item));
				additions++;
			}
			else if (listed.isEmpty() && onList.isPresent()) {
				store.deleteItem(hash);
				store.insertChange(next, new Change(Change.Op.REMOVE, onList.get()));
				removals++;
			}
		}
		if (additions + removals == 0) {
			return current;
		}
		makeVersion(next, additions, removals);
		return next;
	}

	/** The first version, of an empty list, so that members get a signed manifest from the start. */
	@Transactional
	public void ensureFirstVersion() {
		if (store.lockHead() == 0) {
			makeVersion(1, 0, 0);
		}
	}

	/** Package-private for the bench's bulk seed, which writes its entries and items in SQL. */
	void makeVersion(long version, int additions, int removals) {
		ListStore.Checksum checksum = store.checksum();
		// PostgreSQL keeps microseconds; the manifest says seconds
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		SignedManifest signed = signer.sign(properties.name(), version, checksum.sha256(), checksum.entries(), now);
		store.insertVersion(signed, additions, removals);
		store.setHead(version);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					index.refreshSoon();
				}
			});
		}
	}
}
