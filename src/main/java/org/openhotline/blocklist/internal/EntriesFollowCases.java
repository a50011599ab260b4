package org.openhotline.blocklist.internal;

import java.time.Clock;
import java.util.List;

import org.openhotline.blocklist.Category;
import org.openhotline.blocklist.EntryChanged;
import org.openhotline.intake.url.CanonicalizationResult;
import org.openhotline.intake.url.UrlCanonicalizer;
import org.openhotline.takedown.ContentRemoved;
import org.openhotline.triage.CaseAssessed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An address assessed as illegal goes on the list; it comes off when its content is confirmed
 * gone. Both are idempotent: a redelivered event finds the entry as it left it, and a removal
 * that arrives before the assessment keeps the address off.
 */
@Component
class EntriesFollowCases {

	private final ListChanges changes;

	private final ListStore store;

	private final UrlCanonicalizer canonicalizer;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	EntriesFollowCases(ListChanges changes, ListStore store, UrlCanonicalizer canonicalizer, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.changes = changes;
		this.store = store;
		this.canonicalizer = canonicalizer;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseAssessed assessed) {
		list(assessed);
	}

	@ApplicationModuleListener
	void on(ContentRemoved removed) {
		remove(removed);
	}

	/** What the listener does, in the caller's thread and transaction (the listener's is its own, asynchronous). */
	@Transactional
	public void list(CaseAssessed assessed) {
		if (!assessed.actionRequired()) {
			return;
		}
		Entry entry = Entry.listed(assessed.caseId(), assessed.canonicalUrl(), assessed.host(),
				urlExpression(assessed.canonicalUrl(), assessed.host()), Category.valueOf(assessed.interpolClass()),
				assessed.assessedAt(), clock.instant());
		long[] made = { -1 };
		long version = changes.change(next -> {
			if (store.entry(entry.caseId()).isPresent() || store.removedBefore(entry.caseId())) {
				return List.of();
			}
			store.insert(entry, next);
			made[0] = next;
			return List.of(entry.hash());
		});
		if (made[0] > 0 && version != made[0]) {
			// its expression was on the list already (the same address by http and https)
			store.setListedVersion(entry.caseId(), version);
		}
		if (made[0] > 0) {
			events.publishEvent(new EntryChanged(entry.caseId(), true, clock.instant()));
		}
	}

	@Transactional
	public void remove(ContentRemoved removed) {
		boolean[] ended = { false };
		changes.change(next -> {
			store.rememberRemoved(removed.caseId(), removed.removedAt());
			return store.entry(removed.caseId()).filter(entry -> entry.remove(removed.confirmedBy(), removed.removedAt()))
				.map(entry -> {
					store.update(entry, next);
					ended[0] = true;
					return List.of(entry.hash());
				})
				.orElse(List.of());
		});
		if (ended[0]) {
			events.publishEvent(new EntryChanged(removed.caseId(), false, clock.instant()));
		}
	}

	/** The canonical URL is canonical already: parsing it again gives it back with its parts. */
	private String urlExpression(String canonicalUrl, String host) {
		if (canonicalizer.canonicalize(canonicalUrl) instanceof CanonicalizationResult.Accepted accepted) {
			return Expressions.urlExpression(accepted.url());
		}
		String rest = canonicalUrl.substring(canonicalUrl.indexOf("://") + 3);
		int path = rest.indexOf('/');
		return host + (path < 0 ? "/" : rest.substring(path));
	}
}
