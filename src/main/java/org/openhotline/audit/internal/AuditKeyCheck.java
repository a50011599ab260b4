package org.openhotline.audit.internal;

import java.security.MessageDigest;
import java.util.List;

import org.openhotline.audit.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a node whose audit key did not sign the newest entry: its first entry
 * would break the chain for good, as the table is append-only. Runs when the trail is made,
 * so before anything at start can write to it.
 */
@Component
public class AuditKeyCheck {

	AuditKeyCheck(JdbcClient jdbc, AuditChain chain) {
		record Row(AuditEntry entry, byte[] mac) {
		}
		List<Row> newest = jdbc.sql("""
				SELECT sequence, occurred_at, actor, action, target, details, mac FROM audit_entry
				ORDER BY sequence DESC LIMIT 2
				""")
			.query((rs, n) -> new Row(new AuditEntry(rs.getLong("sequence"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("details")),
					rs.getBytes("mac")))
			.list();
		if (newest.isEmpty()) {
			return;
		}
		Row head = newest.get(0);
		byte[] previous = newest.size() > 1 ? newest.get(1).mac() : AuditChain.GENESIS;
		if (!MessageDigest.isEqual(chain.mac(previous, head.entry()), head.mac())) {
			throw new IllegalStateException("OPENHOTLINE_AUDIT_KEY (openhotline.audit.key) does not match the key that signed"
					+ " the newest audit entry (#" + head.entry().sequence() + "): this node would break the chain for good;"
					+ " give it the key the other nodes use");
		}
	}
}
