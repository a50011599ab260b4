package org.openhotline.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	// pg_advisory_xact_lock key: "audit" in ASCII
	private static final long CHAIN_LOCK = 0x6175646974L;

	private final JdbcClient jdbc;

	private final AuditChain chain;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, AuditChain chain, Clock clock) {
		this.jdbc = jdbc;
		this.chain = chain;
		this.clock = clock;
	}

	@Transactional
	public AuditEntry record(String actor, AuditAction action, String target, String details) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleValue();
		List<Head> head = jdbc.sql("SELECT sequence, mac FROM audit_entry ORDER BY sequence DESC LIMIT 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)))
			.list();
		long sequence = head.isEmpty() ? 1 : head.get(0).sequence() + 1;
		byte[] previous = head.isEmpty() ? AuditChain.GENESIS : head.get(0).mac();
		// PostgreSQL keeps microseconds: the MAC must cover what is stored
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		AuditEntry entry = new AuditEntry(sequence, now, actor, action.name(), target, details);
		jdbc.sql("""
				INSERT INTO audit_entry (sequence, occurred_at, actor, action, target, details, mac)
				VALUES (:sequence, :at, :actor, :action, :target, :details, :mac)
				""")
			.param("sequence", sequence)
			.param("at", java.sql.Timestamp.from(now))
			.param("actor", actor)
			.param("action", entry.action())
			.param("target", target)
			.param("details", details)
			.param("mac", chain.mac(previous, entry))
			.update();
		log.info("#{} {} {} {} {}", sequence, LogSafe.encode(actor), action, LogSafe.encode(target),
				LogSafe.encode(details));
		return entry;
	}

	/** The latest entries, newest first, for the audit page. */
	public List<AuditEntry> latest(int limit) {
		return jdbc.sql("""
				SELECT sequence, occurred_at, actor, action, target, details FROM audit_entry
				ORDER BY sequence DESC LIMIT :limit
				""").param("limit", limit).query(AuditVerifier::entry).list();
	}

	private record Head(long sequence, byte[] mac) {
	}
}
