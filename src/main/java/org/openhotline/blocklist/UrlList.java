package org.openhotline.blocklist;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openhotline.blocklist.internal.BlocklistProperties;
import org.openhotline.blocklist.internal.ChangesWriter;
import org.openhotline.blocklist.internal.Expressions;
import org.openhotline.blocklist.internal.ListSigner;
import org.openhotline.blocklist.internal.ListStore;
import org.openhotline.blocklist.internal.ListWriter;
import org.openhotline.blocklist.internal.ListWriters;
import org.openhotline.blocklist.internal.LookupIndex;
import org.openhotline.blocklist.internal.MemberFetches;
import org.openhotline.blocklist.internal.SignedManifest;
import org.openhotline.intake.url.CanonicalizationResult;
import org.openhotline.intake.url.UrlCanonicalizer;
import org.openhotline.shared.validation.StepRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list as members get it: whole, as changes since a version, or by lookup; each answer
 * with the signed manifest of the version it shows.
 */
@Service
public class UrlList {

	private final ListStore store;

	private final LookupIndex index;

	private final ListSigner signer;

	private final MemberFetches fetches;

	private final UrlCanonicalizer canonicalizer;

	private final BlocklistProperties properties;

	private final Semaphore downloads;

	UrlList(ListStore store, LookupIndex index, ListSigner signer, MemberFetches fetches,
			UrlCanonicalizer canonicalizer, BlocklistProperties properties) {
		this.store = store;
		this.index = index;
		this.signer = signer;
		this.fetches = fetches;
		this.canonicalizer = canonicalizer;
		this.properties = properties;
		this.downloads = new Semaphore(properties.maxDownloads());
	}

	/** A place among the downloads this node streams at once; closing it gives it back. */
	public interface DownloadSlot extends AutoCloseable {

		@Override
		void close();
	}

	/**
	 * A place for one whole-list download, or empty when this node streams as many as it
	 * may: each holds a database connection for as long as the member reads, and the
	 * portal's reports need those too.
	 */
	public Optional<DownloadSlot> downloadSlot() {
		return downloads.tryAcquire() ? Optional.of(downloads::release) : Optional.empty();
	}

	/** Where the answer's body goes once its version is known; {@code null}: no body (not modified). */
	@FunctionalInterface
	public interface Body {

		@Nullable OutputStream open(ListManifest manifest) throws IOException;
	}

	/** The current version's manifest. */
	@Transactional(readOnly = true)
	public ListManifest current() {
		return view(signedAt(store.head().version()));
	}

	/** The whole list at one version, streamed in hash order (never held in memory). */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void write(ListFormat format, boolean withAddresses, Body body) throws IOException {
		SignedManifest signed = signedAt(store.head().version());
		OutputStream out = body.open(view(signed));
		if (out == null) {
			return;
		}
		ListWriter writer = ListWriters.of(format, withAddresses, out);
		writer.start(signed);
		store.eachItem(writer::item);
		writer.finish();
	}

	/**
	 * What changed since a version the member holds. Nothing new: the body is not opened with
	 * changes ({@code Body} decides, from the version, to answer "not modified"). Too old for
	 * the change log, or so far behind that the changes would outweigh the list: a reset,
	 * telling the member to fetch the whole list.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void changes(long since, boolean withAddresses, Body body) throws IOException {
		ListStore.Head head = store.head();
		if (since < 0 || since > head.version()) {
			throw new StepRefused("list.error.unknown-version", since, head.version());
		}
		SignedManifest signed = signedAt(head.version());
		OutputStream out = body.open(view(signed));
		if (out == null) {
			return;
		}
		if (since < head.changesFrom() || store.changeCount(since, head.version()) > properties.maxChanges()) {
			ChangesWriter.writeReset(signed, since, out);
			return;
		}
		ChangesWriter.write(signed, since, store.changesSince(since), withAddresses, out);
	}

	/** Looks hashes up (lower- or upper-case hex); what is not a SHA-256 is named by its position. */
	public LookupAnswer lookupHashes(List<String> hashes) {
		requireLoaded(hashes.size());
		long version = index.version();
		List<LookupAnswer.Match> matches = new ArrayList<>();
		List<Integer> unreadable = new ArrayList<>();
		for (int i = 0; i < hashes.size(); i++) {
			String given = hashes.get(i);
			byte[] hash;
			try {
				// a JSON null in the array is as unreadable as any other non-hash
				hash = Expressions.unhex(given == null ? "" : given);
			}
			catch (IllegalArgumentException ex) {
				unreadable.add(i);
				continue;
			}
			LookupIndex.Hit hit = index.find(hash);
			if (hit != null) {
				matches.add(new LookupAnswer.Match(i, Expressions.hex(hash), hit.scope(), hit.category(), null, null));
			}
		}
		return new LookupAnswer(version, matches, unreadable);
	}

	/**
	 * Looks addresses up as a member's own implementation of the matching rule would: each is
	 * canonicalised, and every expression of it is looked up.
	 */
	public LookupAnswer lookupUrls(List<String> urls) {
		requireLoaded(urls.size());
		long version = index.version();
		List<LookupAnswer.Match> matches = new ArrayList<>();
		List<Integer> unreadable = new ArrayList<>();
		for (int i = 0; i < urls.size(); i++) {
			String given = urls.get(i);
			if (given == null
					|| !(canonicalizer.canonicalize(given) instanceof CanonicalizationResult.Accepted accepted)) {
				unreadable.add(i);
				continue;
			}
			for (String expression : Expressions.lookupExpressions(accepted.url())) {
				byte[] hash = Expressions.sha256(expression);
				LookupIndex.Hit hit = index.find(hash);
				if (hit != null) {
					matches.add(new LookupAnswer.Match(i, Expressions.hex(hash), hit.scope(), hit.category(),
							given, expression));
				}
			}
		}
		return new LookupAnswer(version, matches, unreadable);
	}

	/** The public keys that sign (and signed) the manifests. */
	public List<SigningKey> signingKeys() {
		return signer.publicKeys();
	}

	/** A member fetched this version (the list, or the changes up to it); kept for its freshness. */
	public void fetched(UUID organisation, long version) {
		fetches.fetched(organisation, version);
	}

	/** Whether this node's lookup index is loaded (a node that has just started may not be yet). */
	public boolean lookupsReady() {
		return index.loaded();
	}

	public int maxLookup() {
		return properties.maxLookup();
	}

	private void requireLoaded(int asked) {
		if (asked > properties.maxLookup()) {
			throw new StepRefused("list.error.lookup-too-large", properties.maxLookup());
		}
		if (!index.loaded()) {
			throw new IllegalStateException("The URL list index is not loaded yet");
		}
	}

	private SignedManifest signedAt(long version) {
		return store.version(version, properties.name())
			.orElseThrow(() -> new IllegalStateException("No manifest for version " + version));
	}

	private static ListManifest view(SignedManifest signed) {
		var m = signed.manifest();
		return new ListManifest(m.list(), m.version(), m.checksum(), m.entries(), m.time(), signed.json(),
				signed.signature(), m.keyId());
	}

}
