package org.openhotline.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.openhotline.audit.AuditEntry;
import org.openhotline.audit.AuditQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The trail's entries in PostgreSQL, where a trigger makes the table append-only. */
@Repository
public class AuditEntries {

	// pg_advisory_xact_lock key: "audit" in ASCII
	private static final long CHAIN_LOCK = 0x6175646974L;

	/** The newest entry's number and MAC, which the next entry follows. */
	public record Head(long sequence, byte[] mac) {
	}

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Serialises appends (across every node) until the caller's transaction ends. */
	public void lockChain() {
		jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleValue();
	}

	public Optional<Head> head() {
		return jdbc.sql("SELECT sequence, mac FROM audit_entry ORDER BY sequence DESC LIMIT 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)))
			.optional();
	}

	public void append(AuditEntry entry, byte[] mac) {
		jdbc.sql("""
				INSERT INTO audit_entry (sequence, occurred_at, actor, action, target, details, mac)
				VALUES (:sequence, :at, :actor, :action, :target, :details, :mac)
				""")
			.param("sequence", entry.sequence())
			.param("at", Timestamp.from(entry.occurredAt()))
			.param("actor", entry.actor())
			.param("action", entry.action())
			.param("target", entry.target())
			.param("details", entry.details())
			.param("mac", mac)
			.update();
	}

	/** The latest entries, newest first. */
	public List<AuditEntry> latest(int limit) {
		return jdbc.sql("""
				SELECT sequence, occurred_at, actor, action, target, details FROM audit_entry
				ORDER BY sequence DESC LIMIT :limit
				""").param("limit", limit).query(AuditEntries::entry).list();
	}

	/** Entries that match the query, newest first: {@code limit} of them after skipping {@code offset}. */
	public List<AuditEntry> matching(AuditQuery query, int offset, int limit) {
		StringBuilder sql = new StringBuilder(
				"SELECT sequence, occurred_at, actor, action, target, details FROM audit_entry WHERE TRUE");
		Map<String, Object> params = new HashMap<>();
		if (query.actor() != null) {
			sql.append(" AND actor = :actor");
			params.put("actor", query.actor());
		}
		if (query.action() != null) {
			sql.append(" AND action = :action");
			params.put("action", query.action().name());
		}
		if (query.from() != null) {
			sql.append(" AND occurred_at >= :from");
			params.put("from", Timestamp.from(query.from()));
		}
		if (query.until() != null) {
			sql.append(" AND occurred_at < :until");
			params.put("until", Timestamp.from(query.until()));
		}
		sql.append(" ORDER BY sequence DESC OFFSET :offset LIMIT :limit");
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(AuditEntries::entry).list();
	}

	/** Every entry with its stored MAC, in order, one row at a time. */
	public void inOrder(BiConsumer<AuditEntry, byte[]> each) {
		jdbc.sql("SELECT sequence, occurred_at, actor, action, target, details, mac FROM audit_entry ORDER BY sequence")
			.query(rs -> {
				each.accept(entry(rs, 0), rs.getBytes("mac"));
			});
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("sequence"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("target"), rs.getString("details"));
	}
}
