package org.openhotline.blocklist;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.openhotline.audit.AuditAction;
import org.openhotline.audit.AuditTrail;
import org.openhotline.blocklist.internal.Entry;
import org.openhotline.blocklist.internal.ListChanges;
import org.openhotline.blocklist.internal.ListStore;
import org.openhotline.intake.url.CanonicalizationResult;
import org.openhotline.intake.url.UrlCanonicalizer;
import org.openhotline.intake.url.UrlFlag;
import org.openhotline.shared.validation.StepRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an analyst does with a case's entry: widen it to the host, narrow it back, take it off. */
@Service
public class ListEntries {

	private final ListStore store;

	private final ListChanges changes;

	private final AuditTrail audit;

	private final Clock clock;

	private final UrlCanonicalizer canonicalizer;

	private final ApplicationEventPublisher events;

	ListEntries(ListStore store, ListChanges changes, AuditTrail audit, Clock clock, UrlCanonicalizer canonicalizer,
			ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.changes = changes;
		this.audit = audit;
		this.clock = clock;
		this.canonicalizer = canonicalizer;
	}

	public Optional<EntryView> ofCase(UUID caseId) {
		return store.entry(caseId).map(ListEntries::view);
	}

	public List<EntryView> latest(int limit) {
		return store.latestEntries(limit).stream().map(ListEntries::view).toList();
	}

	/**
	 * The whole host goes on the list: the site exists for this content. Refused for a public
	 * suffix ({@code co.uk}, {@code github.io}): the RPZ would block every name below it at the
	 * members' resolvers, every site of a country or of a hosting platform.
	 */
	@Transactional
	public void widen(UUID caseId, String actor) {
		if (canonicalizer.canonicalize(entryOf(caseId).url()) instanceof CanonicalizationResult.Accepted accepted
				&& accepted.url().registrableDomain() == null && !accepted.url().flags().contains(UrlFlag.IP_ADDRESS)) {
			throw new StepRefused("list.error.public-suffix");
		}
		step(caseId, actor, AuditAction.LIST_ENTRY_WIDENED, entry -> entry.widen(actor), Entry::host);
	}

	/** Back to the address alone. */
	@Transactional
	public void narrow(UUID caseId, String actor) {
		step(caseId, actor, AuditAction.LIST_ENTRY_NARROWED, entry -> entry.narrow(actor), Entry::urlExpression);
	}

	/** Off the list, with the reason. */
	@Transactional
	public void withdraw(UUID caseId, String reason, String actor) {
		step(caseId, actor, AuditAction.LIST_ENTRY_WITHDRAWN, entry -> entry.withdraw(reason, actor, clock.instant()),
				entry -> String.valueOf(entry.endReason()));
		events.publishEvent(new EntryChanged(caseId, false, clock.instant()));
	}

	/** One step on an entry: the list follows the hashes it had before and has after, and the step is audited. */
	private void step(UUID caseId, String actor, AuditAction action, Consumer<Entry> step,
			Function<Entry, String> detail) {
		Entry[] changed = new Entry[1];
		changes.change(version -> {
			Entry entry = entryOf(caseId);
			String before = entry.hash();
			step.accept(entry);
			store.update(entry, version);
			changed[0] = entry;
			return List.of(before, entry.hash());
		});
		audit.record(actor, action, caseId.toString(), detail.apply(changed[0]));
	}

	private Entry entryOf(UUID caseId) {
		return store.entry(caseId).orElseThrow(() -> new StepRefused("list.error.no-entry"));
	}

	static EntryView view(Entry entry) {
		return new EntryView(entry.caseId(), entry.url(), entry.host(), entry.scope(), entry.category(),
				entry.status().name(), entry.assessedAt(), entry.listedAt(), entry.endedAt(), entry.endReason(),
				entry.endedBy(), entry.expression(), entry.hash());
	}
}
