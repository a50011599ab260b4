package org.openhotline.blocklist.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.openhotline.blocklist.Category;
import org.openhotline.blocklist.Change;
import org.openhotline.blocklist.ListItem;
import org.openhotline.blocklist.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the list: entries, items, versions and the change log. */
@Repository
public class ListStore {

	private static final int FETCH_SIZE = 2000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ListStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Locks the head until the transaction ends: one change of the list at a time, across nodes. */
	long lockHead() {
		return jdbc.sql("SELECT version FROM list_head WHERE id FOR UPDATE").query(Long.class).single();
	}

	public Head head() {
		return jdbc.sql("SELECT version, changes_from FROM list_head WHERE id")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/** @param changesFrom the oldest version a member may ask the changes since */
	public record Head(long version, long changesFrom) {
	}

	void setHead(long version) {
		jdbc.sql("UPDATE list_head SET version = :v WHERE id").param("v", version).update();
	}

	void setChangesFrom(long version) {
		jdbc.sql("UPDATE list_head SET changes_from = GREATEST(changes_from, :v) WHERE id").param("v", version).update();
	}

	// --- entries ------------------------------------------------------------------------

	public Optional<Entry> entry(UUID caseId) {
		return jdbc.sql("SELECT * FROM list_entry WHERE case_id = :id").param("id", caseId).query(ListStore::entry)
			.optional();
	}

	void insert(Entry entry, long listedVersion) {
		jdbc.sql("""
				INSERT INTO list_entry (case_id, url, host, url_expression, scope, category, status, hash, assessed_at,
				    listed_at, listed_version)
				VALUES (:id, :url, :host, :expression, :scope, :category, :status, :hash, :assessed, :listed, :version)
				""")
			.param("id", entry.caseId())
			.param("url", entry.url())
			.param("host", entry.host())
			.param("expression", entry.urlExpression())
			.param("scope", entry.scope().name())
			.param("category", entry.category().name())
			.param("status", entry.status().name())
			.param("hash", Expressions.unhex(entry.hash()))
			.param("assessed", Timestamp.from(entry.assessedAt()))
			.param("listed", Timestamp.from(entry.listedAt()))
			.param("version", listedVersion)
			.update();
	}

	public void update(Entry entry, long version) {
		jdbc.sql("""
				UPDATE list_entry SET scope = :scope, status = :status, hash = :hash, ended_at = :ended,
				    ended_version = CASE WHEN :status = 'LISTED' THEN NULL ELSE :version END,
				    end_reason = :reason, ended_by = :endedBy, changed_by = :changedBy
				WHERE case_id = :id
				""")
			.param("id", entry.caseId())
			.param("scope", entry.scope().name())
			.param("status", entry.status().name())
			.param("hash", Expressions.unhex(entry.hash()))
			.param("ended", entry.endedAt() == null ? null : Timestamp.from(entry.endedAt()))
			.param("version", version)
			.param("reason", entry.endReason())
			.param("endedBy", entry.endedBy())
			.param("changedBy", entry.changedBy())
			.update();
	}

	void setListedVersion(UUID caseId, long version) {
		jdbc.sql("UPDATE list_entry SET listed_version = :v WHERE case_id = :id")
			.param("id", caseId)
			.param("v", version)
			.update();
	}

	boolean removedBefore(UUID caseId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM list_removed_case WHERE case_id = :id)")
			.param("id", caseId)
			.query(Boolean.class)
			.single();
	}

	void rememberRemoved(UUID caseId, Instant at) {
		jdbc.sql("INSERT INTO list_removed_case (case_id, removed_at) VALUES (:id, :at) ON CONFLICT DO NOTHING")
			.param("id", caseId)
			.param("at", Timestamp.from(at))
			.update();
	}

	public List<Entry> latestEntries(int limit) {
		return jdbc.sql("SELECT * FROM list_entry ORDER BY listed_at DESC, case_id LIMIT :limit")
			.param("limit", limit)
			.query(ListStore::entry)
			.list();
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getObject("case_id", UUID.class), rs.getString("url"), rs.getString("host"),
				rs.getString("url_expression"), Scope.valueOf(rs.getString("scope")),
				Category.valueOf(rs.getString("category")), Entry.Status.valueOf(rs.getString("status")),
				rs.getTimestamp("assessed_at").toInstant(), rs.getTimestamp("listed_at").toInstant(),
				instant(rs.getTimestamp("ended_at")), rs.getString("end_reason"), rs.getString("ended_by"),
				rs.getString("changed_by"));
	}

	// --- items: the list itself ---------------------------------------------------------

	/** The item a hash stands for while some entry is listed with it: the earliest such entry's. */
	Optional<ListItem> itemFromListedEntries(String hash, long version) {
		return jdbc.sql("""
				SELECT scope, category, url, host, url_expression, listed_at FROM list_entry
				WHERE hash = :hash AND status = 'LISTED' ORDER BY listed_at, case_id LIMIT 1
				""")
			.param("hash", Expressions.unhex(hash))
			.query((rs, n) -> {
				Scope scope = Scope.valueOf(rs.getString("scope"));
				String host = rs.getString("host");
				return new ListItem(hash,
						scope == Scope.URL ? rs.getString("url_expression") : Expressions.hostExpression(host), scope,
						Category.valueOf(rs.getString("category")), scope == Scope.URL ? rs.getString("url") : null,
						host, rs.getTimestamp("listed_at").toInstant(), version);
			})
			.optional();
	}

	Optional<ListItem> item(String hash) {
		return jdbc.sql("SELECT * FROM list_item WHERE hash = :hash")
			.param("hash", Expressions.unhex(hash))
			.query(ListStore::item)
			.optional();
	}

	void insertItem(ListItem item) {
		jdbc.sql("""
				INSERT INTO list_item (hash, expression, scope, category, url, host, added_at, version)
				VALUES (:hash, :expression, :scope, :category, :url, :host, :added, :version)
				""")
			.param("hash", Expressions.unhex(item.sha256()))
			.param("expression", item.expression())
			.param("scope", item.scope().name())
			.param("category", item.category().name())
			.param("url", item.url())
			.param("host", item.host())
			.param("added", Timestamp.from(item.addedAt()))
			.param("version", item.version())
			.update();
	}

	void deleteItem(String hash) {
		jdbc.sql("DELETE FROM list_item WHERE hash = :hash").param("hash", Expressions.unhex(hash)).update();
	}

	void insertChange(long version, Change change) {
		ListItem item = change.item();
		jdbc.sql("""
				INSERT INTO list_change (version, hash, op, expression, scope, category, url, host, added_at)
				VALUES (:version, :hash, :op, :expression, :scope, :category, :url, :host, :added)
				""")
			.param("version", version)
			.param("hash", Expressions.unhex(item.sha256()))
			.param("op", change.op().name())
			.param("expression", item.expression())
			.param("scope", item.scope().name())
			.param("category", item.category().name())
			.param("url", item.url())
			.param("host", item.host())
			.param("added", Timestamp.from(item.addedAt()))
			.update();
	}

	/** The number of items and the SHA-256 over their hashes, sorted as unsigned bytes. */
	Checksum checksum() {
		return jdbc.sql("""
				SELECT count(*), sha256(coalesce(string_agg(hash, ''::bytea ORDER BY hash), ''::bytea)) FROM list_item
				""")
			.query((rs, n) -> new Checksum(rs.getLong(1), Expressions.hex(rs.getBytes(2))))
			.single();
	}

	record Checksum(long entries, String sha256) {
	}

	/**
	 * Every item in hash order, read with a cursor so that a list of any length passes through
	 * without being held; must run in a transaction (PostgreSQL keeps a cursor only there).
	 */
	public void eachItem(Consumer<ListItem> consumer) {
		template.query(connection -> {
			var statement = connection.prepareStatement("SELECT * FROM list_item ORDER BY hash");
			statement.setFetchSize(FETCH_SIZE);
			return statement;
		}, rs -> {
			consumer.accept(item(rs, 0));
		});
	}

	/** Every hash in order with its scope and category, for the lookup index. */
	void eachHash(HashConsumer consumer) {
		template.query(connection -> {
			var statement = connection.prepareStatement("SELECT hash, scope, category FROM list_item ORDER BY hash");
			statement.setFetchSize(FETCH_SIZE * 5);
			return statement;
		}, rs -> {
			consumer.accept(rs.getBytes(1), Scope.valueOf(rs.getString(2)), Category.valueOf(rs.getString(3)));
		});
	}

	interface HashConsumer {

		void accept(byte[] hash, Scope scope, Category category);
	}

	/**
	 * What changed after {@code since}, netted: an item added then removed (or the reverse)
	 * within the range is not a change for a member at {@code since}.
	 */
	public List<Change> changesSince(long since) {
		return jdbc.sql("""
				SELECT * FROM (
				    SELECT DISTINCT ON (hash) *, first_value(op) OVER (PARTITION BY hash ORDER BY version) AS first_op
				    FROM list_change WHERE version > :since
				    ORDER BY hash, version DESC
				) last WHERE op = first_op ORDER BY version, hash
				""")
			.param("since", since)
			.query((rs, n) -> new Change(Change.Op.valueOf(rs.getString("op")), item(rs, n)))
			.list();
	}

	/** How many changes the versions after {@code fromExclusive} up to {@code toInclusive} made. */
	public long changeCount(long fromExclusive, long toInclusive) {
		return jdbc.sql("SELECT coalesce(sum(additions + removals), 0) FROM list_version WHERE version > :from AND version <= :to")
			.param("from", fromExclusive)
			.param("to", toInclusive)
			.query(Long.class)
			.single();
	}

	/** The changes one version made, for the lookup index of every node. */
	List<Change> changesOf(long fromExclusive, long toInclusive) {
		return jdbc.sql("SELECT * FROM list_change WHERE version > :from AND version <= :to ORDER BY version, hash")
			.param("from", fromExclusive)
			.param("to", toInclusive)
			.query((rs, n) -> new Change(Change.Op.valueOf(rs.getString("op")), item(rs, n)))
			.list();
	}

	private static ListItem item(ResultSet rs, int row) throws SQLException {
		return new ListItem(Expressions.hex(rs.getBytes("hash")), rs.getString("expression"),
				Scope.valueOf(rs.getString("scope")), Category.valueOf(rs.getString("category")), rs.getString("url"),
				rs.getString("host"), rs.getTimestamp("added_at").toInstant(), rs.getLong("version"));
	}

	// --- versions ------------------------------------------------------------------------

	void insertVersion(SignedManifest signed, int additions, int removals) {
		Manifest manifest = signed.manifest();
		jdbc.sql("""
				INSERT INTO list_version (version, checksum, entries, additions, removals, created_at, manifest,
				    signature, key_id)
				VALUES (:version, :checksum, :entries, :additions, :removals, :at, :manifest, :signature, :key)
				""")
			.param("version", manifest.version())
			.param("checksum", Expressions.unhex(manifest.checksum()))
			.param("entries", manifest.entries())
			.param("additions", additions)
			.param("removals", removals)
			.param("at", Timestamp.from(manifest.time()))
			.param("manifest", signed.json())
			.param("signature", signed.signature())
			.param("key", manifest.keyId())
			.update();
	}

	public Optional<SignedManifest> version(long version, String list) {
		return jdbc.sql("SELECT * FROM list_version WHERE version = :v")
			.param("v", version)
			.query((rs, n) -> new SignedManifest(
					new Manifest(list, rs.getLong("version"), Expressions.hex(rs.getBytes("checksum")),
							rs.getLong("entries"), rs.getTimestamp("created_at").toInstant(), rs.getString("key_id")),
					rs.getString("manifest"), rs.getString("signature")))
			.optional();
	}

	long entriesAt(long version) {
		return jdbc.sql("SELECT entries FROM list_version WHERE version = :v")
			.param("v", version)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** The oldest version made at or after the time, to keep the change log from. */
	Optional<Long> firstVersionSince(Instant at) {
		return jdbc.sql("SELECT min(version) FROM list_version WHERE created_at >= :at")
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.optional();
	}

	int deleteChangesBefore(long version) {
		return jdbc.sql("DELETE FROM list_change WHERE version < :v").param("v", version).update();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
