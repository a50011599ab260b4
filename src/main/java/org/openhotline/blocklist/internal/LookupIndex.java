package org.openhotline.blocklist.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openhotline.blocklist.Category;
import org.openhotline.blocklist.Change;
import org.openhotline.blocklist.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The list's hashes in this node's memory, for lookups: one sorted array of 32-byte hashes
 * (a million items take 32 MB, no object per item) and one byte of scope and category per
 * item. Every node follows the list by itself: it asks for the head version every
 * {@code refresh-interval} and applies the change log since its own version (or reads the
 * whole list again when it is too far behind or the changes are a bulk import), and at once after a
 * change made on this node.
 */
@Component
public class LookupIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LookupIndex.class);

	private static final int HASH = 32;

	/** Beyond this many versions behind, reading the whole list is cheaper than the changes. */
	private static final long MAX_VERSIONS_APPLIED = 5000;

	/**
	 * Beyond this many changes (a bulk import), too: the changes are read as objects (about half a
	 * kilobyte each), the whole list as 33 bytes an item.
	 */
	static final long MAX_CHANGES_APPLIED = 10_000;

	private static final byte HOST = 1;

	private static final byte NATIONAL = 2;

	private final ListStore store;

	private final TransactionTemplate snapshot;

	private final String listName;

	private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "url-list-index");
		thread.setDaemon(true);
		return thread;
	});

	private volatile Snapshot current = new Snapshot(-1, new byte[0], new byte[0]);

	private final AtomicLong wholeReads = new AtomicLong();

	LookupIndex(ListStore store, PlatformTransactionManager transactions, BlocklistProperties properties) {
		this.store = store;
		this.listName = properties.name();
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
		long every = properties.refreshInterval().toMillis();
		refresher.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
	}

	/** A match: the item's scope and category. */
	public record Hit(Scope scope, Category category) {
	}

	/** The version the index holds; -1 before the first load. */
	public long version() {
		return current.version;
	}

	/** How many times this node read the whole list (at start, and when far behind or after a bulk change). */
	long wholeReads() {
		return wholeReads.get();
	}

	public boolean loaded() {
		return current.version >= 0;
	}

	public int size() {
		return current.flags.length;
	}

	public @org.jspecify.annotations.Nullable Hit find(byte[] hash) {
		Snapshot s = current;
		int at = s.indexOf(hash);
		if (at < 0) {
			return null;
		}
		byte flags = s.flags[at];
		return new Hit((flags & HOST) != 0 ? Scope.HOST : Scope.URL,
				(flags & NATIONAL) != 0 ? Category.NATIONALLY_ILLEGAL : Category.BASELINE);
	}

	/** Brings the index to the database's version now, on the caller's thread. */
	public synchronized void refresh() {
		Snapshot before = current;
		Snapshot after = snapshot.execute(status -> next(before));
		if (after != null && after != before) {
			current = after;
		}
	}

	/** Asks for a refresh on the index's own thread (after a change committed on this node). */
	public void refreshSoon() {
		refresher.execute(this::refreshQuietly);
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			// the database may be away for a while: lookups keep answering from the last version
			log.warn("The URL list index could not be refreshed: {}", ex.toString());
		}
	}

	private Snapshot next(Snapshot before) {
		ListStore.Head head = store.head();
		if (head.version() == before.version) {
			return before;
		}
		if (before.version >= head.changesFrom() && before.version >= 0
				&& head.version() - before.version <= MAX_VERSIONS_APPLIED
				&& store.changeCount(before.version, head.version()) <= MAX_CHANGES_APPLIED) {
			return before.apply(head.version(), store.changesOf(before.version, head.version()));
		}
		wholeReads.incrementAndGet();
		long entries = store.entriesAt(head.version());
		byte[] hashes = new byte[Math.toIntExact(entries * HASH)];
		byte[] flags = new byte[Math.toIntExact(entries)];
		int[] count = { 0 };
		store.eachHash((hash, scope, category) -> {
			if (count[0] == entries) {
				throw new IllegalStateException("The list has more items than its version " + head.version() + " says ("
						+ entries + ")");
			}
			System.arraycopy(hash, 0, hashes, count[0] * HASH, HASH);
			flags[count[0]++] = flagsOf(scope, category);
		});
		if (count[0] != entries) {
			throw new IllegalStateException("The list has " + count[0] + " items, its version says " + entries);
		}
		return new Snapshot(head.version(), hashes, flags);
	}

	private static byte flagsOf(Scope scope, Category category) {
		return (byte) ((scope == Scope.HOST ? HOST : 0) | (category == Category.NATIONALLY_ILLEGAL ? NATIONAL : 0));
	}

	@Override
	public void destroy() {
		refresher.shutdownNow();
	}

	private record Snapshot(long version, byte[] hashes, byte[] flags) {

		int indexOf(byte[] key) {
			int low = 0;
			int high = flags.length - 1;
			while (low <= high) {
				int mid = (low + high) >>> 1;
				int at = mid * HASH;
				int order = Arrays.compareUnsigned(hashes, at, at + HASH, key, 0, HASH);
				if (order < 0) {
					low = mid + 1;
				}
				else if (order > 0) {
					high = mid - 1;
				}
				else {
					return mid;
				}
			}
			return -(low + 1);
		}

		/** A merge of the sorted array with the changes: one pass, no object per item. */
		Snapshot apply(long version, List<Change> changes) {
			Map<String, Change> last = new LinkedHashMap<>();
			for (Change change : changes) {
				last.put(change.item().sha256(), change);
			}
			List<byte[]> added = new ArrayList<>();
			List<Byte> addedFlags = new ArrayList<>();
			List<byte[]> gone = new ArrayList<>();
			last.values().stream().sorted((a, b) -> a.item().sha256().compareTo(b.item().sha256())).forEach(change -> {
				byte[] hash = Expressions.unhex(change.item().sha256());
				gone.add(hash);
				if (change.op() == Change.Op.ADD) {
					added.add(hash);
					addedFlags.add(flagsOf(change.item().scope(), change.item().category()));
				}
			});
			byte[] hashes2 = new byte[(flags.length + added.size()) * HASH];
			byte[] flags2 = new byte[flags.length + added.size()];
			int out = 0;
			int next = 0;
			for (int i = 0; i < flags.length; i++) {
				int at = i * HASH;
				while (next < added.size()
						&& Arrays.compareUnsigned(added.get(next), 0, HASH, hashes, at, at + HASH) < 0) {
					System.arraycopy(added.get(next), 0, hashes2, out * HASH, HASH);
					flags2[out++] = addedFlags.get(next++);
				}
				if (contains(gone, hashes, at)) {
					continue;
				}
				System.arraycopy(hashes, at, hashes2, out * HASH, HASH);
				flags2[out++] = flags[i];
			}
			while (next < added.size()) {
				System.arraycopy(added.get(next), 0, hashes2, out * HASH, HASH);
				flags2[out++] = addedFlags.get(next++);
			}
			return new Snapshot(version, Arrays.copyOf(hashes2, out * HASH), Arrays.copyOf(flags2, out));
		}

		private static boolean contains(List<byte[]> sorted, byte[] hashes, int at) {
			int low = 0;
			int high = sorted.size() - 1;
			while (low <= high) {
				int mid = (low + high) >>> 1;
				int order = Arrays.compareUnsigned(sorted.get(mid), 0, HASH, hashes, at, at + HASH);
				if (order < 0) {
					low = mid + 1;
				}
				else if (order > 0) {
					high = mid - 1;
				}
				else {
					return true;
				}
			}
			return false;
		}
	}
}
