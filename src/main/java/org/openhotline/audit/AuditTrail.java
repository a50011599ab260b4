package org.openhotline.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.openhotline.audit.internal.AuditChain;
import org.openhotline.audit.internal.AuditEntries;
import org.openhotline.audit.internal.AuditKeyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the trail. An entry joins the caller's transaction, so an action and
 * its entry are committed together or not at all. Appends are serialised by a transaction
 * lock (across every node), which keeps the sequence without gaps and the chain linear;
 * staff actions are few enough for that.
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger("openhotline.audit");

	private final AuditEntries entries;

	private final AuditChain chain;

	private final Clock clock;

	/** @param keyCheck made first: no entry is written by a node with another key */
	AuditTrail(AuditEntries entries, AuditChain chain, Clock clock, AuditKeyCheck keyCheck) {
		this.entries = entries;
		this.chain = chain;
		this.clock = clock;
	}

	@Transactional
	public AuditEntry record(String actor, AuditAction action, String target, String details) {
		entries.lockChain();
		Optional<AuditEntries.Head> head = entries.head();
		long sequence = head.map(h -> h.sequence() + 1).orElse(1L);
		byte[] previous = head.map(AuditEntries.Head::mac).orElse(AuditChain.GENESIS);
		// PostgreSQL keeps microseconds: the MAC must cover what is stored
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		AuditEntry entry = new AuditEntry(sequence, now, actor, action.name(), target, details);
		entries.append(entry, chain.mac(previous, entry));
		log.info("#{} {} {} {} {}", sequence, LogSafe.encode(actor), action, LogSafe.encode(target),
				LogSafe.encode(details));
		return entry;
	}

	/** A page of the entries that match, newest first; {@code page} counts from 0. */
	public AuditPage search(AuditQuery query, int page, int pageSize) {
		List<AuditEntry> found = entries.matching(query, Math.multiplyExact(page, pageSize), pageSize + 1);
		return new AuditPage(found.size() > pageSize ? found.subList(0, pageSize) : found, page, found.size() > pageSize);
	}

	/** Entries of one page, and whether an older page follows. */
	public record AuditPage(List<AuditEntry> entries, int page, boolean hasOlder) {
	}

	/** The latest entries, newest first, for the audit page. */
	public List<AuditEntry> latest(int limit) {
		return entries.latest(limit);
	}
}
