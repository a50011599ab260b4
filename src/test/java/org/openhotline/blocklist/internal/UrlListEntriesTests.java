package org.openhotline.blocklist.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.blocklist.Change;
import org.openhotline.blocklist.EntryChanged;
import org.openhotline.blocklist.ListEntries;
import org.openhotline.blocklist.Scope;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.takedown.ContentRemoved;
import org.openhotline.triage.CaseAssessed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The list follows the cases: an illegal assessment lists the address, a confirmed removal
 * takes it off; every change is a new version whose checksum this test computes itself.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class UrlListEntriesTests {

	@Autowired
	ListStore store;

	@Autowired
	ListEntries entries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntriesFollowCases follow;

	@Autowired
	LookupIndex index;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	BlocklistProperties properties;

	@Autowired
	ListChanges changes;

	@Test
	void anIllegalAssessmentListsTheAddressAndARemovalTakesItOff(Scenario scenario) {
		UUID caseId = UUID.randomUUID();
		String path = "/gallery/" + caseId;

		scenario.publish(assessed(caseId, "https://abuse.example.com" + path, "abuse.example.com", true))
			.andWaitForStateChange(() -> store.entry(caseId).orElse(null))
			.andVerify(entry -> assertThat(entry.listed()).isTrue());
		String hash = sha256Hex("abuse.example.com" + path);
		long listed = listedVersion(caseId);
		assertThat(changesOf(hash)).containsExactly(listed + " ADD");
		assertChecksumOf(listed);
		index.refresh();
		assertThat(index.find(unhex(hash))).isEqualTo(new LookupIndex.Hit(Scope.URL, org.openhotline.blocklist.Category.BASELINE));

		scenario.publish(new ContentRemoved(caseId, "https://abuse.example.com" + path, Instant.now(), "analyst"))
			.andWaitForStateChange(() -> store.entry(caseId).filter(e -> !e.listed()).orElse(null))
			.andVerify(entry -> assertThat(entry.status()).isEqualTo(Entry.Status.REMOVED));
		assertThat(items()).doesNotContain(hash);
		long removed = endedVersion(caseId);
		assertThat(removed).isGreaterThan(listed);
		assertThat(changesOf(hash)).containsExactly(listed + " ADD", removed + " REMOVE");
		assertChecksumOf(removed);
		index.refresh();
		assertThat(index.find(unhex(hash))).as("the index applied the removal").isNull();
	}

	@Test
	void goingOnAndComingOffTheListArePublished(Scenario scenario) {
		UUID removed = UUID.randomUUID();
		scenario.publish(assessed(removed, "https://abuse.example.com/published/" + removed, "abuse.example.com", true))
			.andWaitForEventOfType(EntryChanged.class)
			.matching(e -> e.caseId().equals(removed))
			.toArriveAndVerify(e -> assertThat(e.listed()).isTrue());
		scenario.publish(new ContentRemoved(removed, "https://abuse.example.com/published/" + removed, Instant.now(), "analyst"))
			.andWaitForEventOfType(EntryChanged.class)
			.matching(e -> e.caseId().equals(removed) && !e.listed())
			.toArrive();

		UUID withdrawn = UUID.randomUUID();
		follow.list(assessed(withdrawn, "https://abuse.example.com/withdrawn/" + withdrawn, "abuse.example.com", true));
		scenario.stimulate(() -> entries.withdraw(withdrawn, "Test over", "analyst-a"))
			.andWaitForEventOfType(EntryChanged.class)
			.matching(e -> e.caseId().equals(withdrawn) && !e.listed())
			.toArrive();
	}

	@Test
	void aPublicSuffixIsNeverWidenedToItsWholeHostButAnIpAddressIs() {
		// public suffixes themselves, no one's site (no reserved name is one)
		for (String host : List.of("co.uk", "com.ml")) {
			UUID caseId = UUID.randomUUID();
			follow.list(assessed(caseId, "https://" + host + "/p/" + caseId, host, true));
			assertThatThrownBy(() -> entries.widen(caseId, "analyst-a")).as(host)
				.isInstanceOfSatisfying(StepRefused.class,
						r -> assertThat(r.messageKey()).isEqualTo("list.error.public-suffix"));
			assertThat(entries.ofCase(caseId).orElseThrow().scope()).isEqualTo(Scope.URL);
			assertThat(items()).doesNotContain(sha256Hex(host));
		}
		for (String host : List.of("203.0.113.7")) {
			UUID caseId = UUID.randomUUID();
			follow.list(assessed(caseId, "https://" + host + "/p/" + caseId, host, true));
			entries.widen(caseId, "analyst-a");
			assertThat(entries.ofCase(caseId).orElseThrow().scope()).as(host).isEqualTo(Scope.HOST);
			entries.withdraw(caseId, "Test over", "analyst-a");
		}
	}

	@Test
	void aNodeThatStartsOnAListedEntryLoadsTheWholeList() {
		UUID caseId = UUID.randomUUID();
		follow.list(assessed(caseId, "https://started.example.com/n/" + caseId, "started.example.com", true));
		String hash = sha256Hex("started.example.com/n/" + caseId);

		// a node started after the entry: its first load reads the whole list, not the changes
		LookupIndex started = new LookupIndex(store, transactionManager, properties);
		try {
			started.refresh();
			assertThat(started.version()).isEqualTo(store.head().version());
			assertThat(started.find(unhex(hash))).isEqualTo(new LookupIndex.Hit(Scope.URL, org.openhotline.blocklist.Category.BASELINE));
		}
		finally {
			started.destroy();
		}
	}

	@Test
	void aBulkChangeIsReadAsTheWholeListNotAsChanges() {
		index.refresh();
		long reads = index.wholeReads();
		int added = (int) LookupIndex.MAX_CHANGES_APPLIED + 1;
		String prefix = "bulk.example/" + UUID.randomUUID() + "/";
		// one version of many additions, written as the bench's bulk seed writes them
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			long next = store.lockHead() + 1;
			jdbc.sql("""
					INSERT INTO list_item (hash, expression, scope, category, url, host, added_at, version)
					SELECT sha256(convert_to(:prefix || g, 'UTF8')), :prefix || g, 'URL', 'BASELINE', 'https://' || :prefix || g,
					    'bulk.example', now(), :version
					FROM generate_series(1, :added) g
					""").param("prefix", prefix).param("added", added).param("version", next).update();
			jdbc.sql("""
					INSERT INTO list_change (version, hash, op, expression, scope, category, url, host, added_at)
					SELECT version, hash, 'ADD', expression, scope, category, url, host, added_at FROM list_item WHERE version = :version
					""").param("version", next).update();
			changes.makeVersion(next, added, 0);
		});

		index.refresh();
		assertThat(index.wholeReads()).as("read whole, not as %s changes", added).isEqualTo(reads + 1);
		assertThat(index.find(unhex(sha256Hex(prefix + added)))).isNotNull();
	}

	@Test
	void redeliveredEventsChangeNothing(Scenario scenario) {
		UUID caseId = UUID.randomUUID();
		CaseAssessed assessed = assessed(caseId, "https://again.example.com/a/" + caseId, "again.example.com", true);
		String hash = sha256Hex("again.example.com/a/" + caseId);
		scenario.publish(assessed).andWaitForStateChange(() -> store.entry(caseId).orElse(null));

		follow.list(assessed);
		assertThat(changesOf(hash)).hasSize(1);

		ContentRemoved removed = new ContentRemoved(caseId, assessed.canonicalUrl(), Instant.now(), "analyst");
		scenario.publish(removed).andWaitForStateChange(() -> store.entry(caseId).filter(e -> !e.listed()).orElse(null));
		follow.remove(removed);
		follow.list(assessed);
		assertThat(changesOf(hash)).hasSize(2);
		assertThat(store.entry(caseId).orElseThrow().status()).isEqualTo(Entry.Status.REMOVED);
	}

	@Test
	void aRemovalBeforeTheAssessmentKeepsTheAddressOff() {
		UUID caseId = UUID.randomUUID();
		String url = "https://early.example.com/x/" + caseId;
		follow.remove(new ContentRemoved(caseId, url, Instant.now(), "analyst"));
		follow.list(assessed(caseId, url, "early.example.com", true));
		assertThat(store.entry(caseId)).isEmpty();
		assertThat(changesOf(sha256Hex("early.example.com/x/" + caseId))).isEmpty();
	}

	@Test
	void anAssessmentThatCallsForNoActionListsNothing() {
		UUID caseId = UUID.randomUUID();
		follow.list(assessed(caseId, "https://fine.example.com/" + caseId, "fine.example.com", false));
		assertThat(store.entry(caseId)).isEmpty();
		assertThat(changesOf(sha256Hex("fine.example.com/" + caseId))).isEmpty();
	}

	@Test
	void oneAddressByHttpAndHttpsIsOneItemUntilBothAreGone() {
		String path = "/same/" + UUID.randomUUID();
		UUID secure = UUID.randomUUID();
		UUID plain = UUID.randomUUID();
		String hash = sha256Hex("twice.example.com" + path);
		follow.list(assessed(secure, "https://twice.example.com" + path, "twice.example.com", true));
		follow.list(assessed(plain, "http://twice.example.com" + path, "twice.example.com", true));
		assertThat(changesOf(hash)).as("one item, added once").hasSize(1);
		assertThat(listedVersion(plain)).as("listed by the version that carried its expression")
			.isEqualTo(listedVersion(secure));

		follow.remove(new ContentRemoved(secure, "https://twice.example.com" + path, Instant.now(), "a"));
		assertThat(items()).contains(hash);
		follow.remove(new ContentRemoved(plain, "http://twice.example.com" + path, Instant.now(), "a"));
		assertThat(items()).doesNotContain(hash);
		assertThat(changesOf(hash)).hasSize(2);
		assertChecksumOf(endedVersion(plain));
	}

	@Test
	void anAnalystWidensNarrowsAndWithdrawsAnEntryAndEachIsAudited() {
		UUID caseId = UUID.randomUUID();
		String host = "dedicated-" + caseId.toString().substring(0, 8) + ".example.com";
		String address = sha256Hex(host + "/p/1");
		String whole = sha256Hex(host);
		follow.list(assessed(caseId, "https://" + host + "/p/1", host, true));
		long listed = listedVersion(caseId);

		entries.widen(caseId, "analyst-a");
		assertThat(items()).contains(whole).doesNotContain(address);
		long widened = changeVersions(whole).get(0);
		assertThat(changesOf(address)).containsExactly(listed + " ADD", widened + " REMOVE");
		assertThat(changesOf(whole)).containsExactly(widened + " ADD");
		assertThat(entries.ofCase(caseId).orElseThrow().scope()).isEqualTo(Scope.HOST);
		assertThatThrownBy(() -> entries.widen(caseId, "analyst-a")).isInstanceOf(StepRefused.class);
		index.refresh();
		assertThat(index.find(unhex(whole))).extracting(LookupIndex.Hit::scope).isEqualTo(Scope.HOST);
		assertThat(index.find(unhex(address))).isNull();

		entries.narrow(caseId, "analyst-a");
		assertThat(items()).contains(address).doesNotContain(whole);
		assertThat(store.changesSince(listed)).as("widened and narrowed back: nothing changed for a member at "
				+ listed).noneMatch(c -> c.item().sha256().equals(address) || c.item().sha256().equals(whole));

		assertThatThrownBy(() -> entries.withdraw(caseId, "  ", "analyst-a")).isInstanceOf(StepRefused.class);
		assertThatThrownBy(() -> entries.withdraw(caseId, "Dup\u0000licate", "analyst-a")).as("the database keeps no NUL")
			.isInstanceOfSatisfying(StepRefused.class, r -> assertThat(r.messageKey()).isEqualTo("list.error.reason-characters"));
		entries.withdraw(caseId, "Duplicate of another entry", "analyst-a");
		assertThat(items()).doesNotContain(address);
		assertThat(entries.ofCase(caseId).orElseThrow().status()).isEqualTo("WITHDRAWN");
		assertChecksumOf(endedVersion(caseId));

		List<String> actions = jdbc.sql("SELECT action FROM audit_entry WHERE target = :t ORDER BY sequence")
			.param("t", caseId.toString())
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("LIST_ENTRY_WIDENED", "LIST_ENTRY_NARROWED", "LIST_ENTRY_WITHDRAWN");
	}

	@Test
	void aMemberAtAVersionAppliesTheChangesAndGetsThePublishedChecksum() {
		UUID first = UUID.randomUUID();
		follow.list(assessed(first, "https://member.example.com/1/" + first, "member.example.com", true));
		long held = listedVersion(first);
		Set<String> copy = listAt(held);

		UUID second = UUID.randomUUID();
		follow.list(assessed(second, "https://member.example.com/2/" + second, "member.example.com", true));
		follow.remove(new ContentRemoved(first, "https://member.example.com/1/" + first, Instant.now(), "a"));

		// what the API does: the head and the changes up to it from one snapshot
		TransactionTemplate snapshot = new TransactionTemplate(transactionManager);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.executeWithoutResult(status -> {
			long now = store.head().version();
			for (Change change : store.changesSince(held)) {
				if (change.op() == Change.Op.ADD) {
					copy.add(change.item().sha256());
				}
				else {
					copy.remove(change.item().sha256());
				}
			}
			assertThat(checksumOf(copy)).isEqualTo(store.version(now, "openhotline").orElseThrow().manifest().checksum());
		});
	}

	private long listedVersion(UUID caseId) {
		return jdbc.sql("SELECT listed_version FROM list_entry WHERE case_id = :id").param("id", caseId)
			.query(Long.class).single();
	}

	private long endedVersion(UUID caseId) {
		return jdbc.sql("SELECT ended_version FROM list_entry WHERE case_id = :id").param("id", caseId)
			.query(Long.class).single();
	}

	private List<String> changesOf(String hash) {
		return jdbc.sql("SELECT version || ' ' || op FROM list_change WHERE hash = :h ORDER BY version")
			.param("h", unhex(hash))
			.query(String.class)
			.list();
	}

	private List<Long> changeVersions(String hash) {
		return jdbc.sql("SELECT version FROM list_change WHERE hash = :h ORDER BY version")
			.param("h", unhex(hash))
			.query(Long.class)
			.list();
	}

	/** The list at a version, rebuilt from the change log alone. */
	private Set<String> listAt(long version) {
		return listAt(jdbc, version);
	}

	static Set<String> listAt(JdbcClient jdbc, long version) {
		Set<String> list = new HashSet<>();
		jdbc.sql("SELECT hash, op FROM list_change WHERE version <= :v ORDER BY version")
			.param("v", version)
			.query((rs, n) -> {
				String hash = hex(rs.getBytes(1));
				if (rs.getString(2).equals("ADD")) {
					list.add(hash);
				}
				else {
					list.remove(hash);
				}
				return hash;
			})
			.list();
		return list;
	}

	private List<String> items() {
		return jdbc.sql("SELECT hash FROM list_item").query((rs, n) -> hex(rs.getBytes(1))).list();
	}

	/** The version's published checksum and count against the list at that version, rebuilt independently. */
	private void assertChecksumOf(long version) {
		SignedManifest manifest = store.version(version, "openhotline").orElseThrow();
		Set<String> list = listAt(version);
		assertThat(manifest.manifest().checksum()).isEqualTo(checksumOf(list));
		assertThat(manifest.manifest().entries()).isEqualTo(list.size());
		assertThat(manifest.json()).contains("\"version\":" + version + ",");
	}

	/** The checksum as a member computes it: SHA-256 over the raw hashes, sorted as unsigned bytes. */
	static String checksumOf(java.util.Collection<String> hexHashes) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			hexHashes.stream()
				.map(UrlListEntriesTests::unhex)
				.sorted(Comparator.comparing(b -> b, Arrays::compareUnsigned))
				.forEach(digest::update);
			return hex(digest.digest());
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256Hex(String expression) {
		try {
			return hex(MessageDigest.getInstance("SHA-256")
				.digest(expression.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hex(byte[] bytes) {
		StringBuilder text = new StringBuilder();
		for (byte b : bytes) {
			text.append(String.format("%02x", b));
		}
		return text.toString();
	}

	static byte[] unhex(String hex) {
		return java.util.HexFormat.of().parseHex(hex);
	}

	static CaseAssessed assessed(UUID caseId, String url, String host, boolean illegal) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		return new CaseAssessed(caseId, url, host, "example.com", illegal ? "A" : "N", illegal ? "BASELINE" : "NOT_ILLEGAL",
				illegal, "uk-iwf", 1, now.minusSeconds(3600), now);
	}
}
