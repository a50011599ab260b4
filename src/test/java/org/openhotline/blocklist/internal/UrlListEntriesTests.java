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
import org.openhotline.blocklist.ListEntries;
import org.openhotline.blocklist.Scope;
import org.openhotline.shared.validation.StepRefused;
import org.openhotline.takedown.ContentRemoved;
import org.openhotline.triage.CaseAssessed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

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

	@Test
	void anIllegalAssessmentListsTheAddressAndARemovalTakesItOff(Scenario scenario) {
		UUID caseId = UUID.randomUUID();
		String path = "/gallery/" + caseId;
		long before = store.head().version();

		scenario.publish(assessed(caseId, "https://abuse.example.com" + path, "abuse.example.com", true))
			.andWaitForStateChange(() -> store.entry(caseId).orElse(null))
			.andVerify(entry -> assertThat(entry.listed()).isTrue());
		String hash = sha256Hex("abuse.example.com" + path);
		assertThat(items()).contains(hash);
		long listed = store.head().version();
		assertThat(listed).isEqualTo(before + 1);
		assertThat(jdbc.sql("SELECT listed_version FROM list_entry WHERE case_id = :id").param("id", caseId)
			.query(Long.class).single()).isEqualTo(listed);
		assertChecksumOf(listed);

		scenario.publish(new ContentRemoved(caseId, "https://abuse.example.com" + path, Instant.now(), "analyst"))
			.andWaitForStateChange(() -> store.entry(caseId).filter(e -> !e.listed()).orElse(null))
			.andVerify(entry -> assertThat(entry.status()).isEqualTo(Entry.Status.REMOVED));
		assertThat(items()).doesNotContain(hash);
		assertThat(store.head().version()).isEqualTo(listed + 1);
		assertChecksumOf(listed + 1);
		assertThat(store.changesSince(listed)).extracting(Change::op, c -> c.item().sha256())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Op.REMOVE, hash));
	}

	@Test
	void redeliveredEventsChangeNothing(Scenario scenario) {
		UUID caseId = UUID.randomUUID();
		CaseAssessed assessed = assessed(caseId, "https://again.example.com/a/" + caseId, "again.example.com", true);
		scenario.publish(assessed).andWaitForStateChange(() -> store.entry(caseId).orElse(null));
		long version = store.head().version();

		scenario.publish(assessed).andWaitForStateChange(() -> true);
		follow.on(assessed);
		assertThat(store.head().version()).isEqualTo(version);

		ContentRemoved removed = new ContentRemoved(caseId, assessed.canonicalUrl(), Instant.now(), "analyst");
		scenario.publish(removed).andWaitForStateChange(() -> store.entry(caseId).filter(e -> !e.listed()).orElse(null));
		long after = store.head().version();
		follow.on(removed);
		assertThat(store.head().version()).isEqualTo(after);
	}

	@Test
	void aRemovalBeforeTheAssessmentKeepsTheAddressOff(Scenario scenario) {
		UUID caseId = UUID.randomUUID();
		String url = "https://early.example.com/x/" + caseId;
		scenario.publish(new ContentRemoved(caseId, url, Instant.now(), "analyst"))
			.andWaitForStateChange(() -> store.removedBefore(caseId) ? true : null);
		long version = store.head().version();

		scenario.publish(assessed(caseId, url, "early.example.com", true)).andWaitForStateChange(() -> true);
		assertThat(store.entry(caseId)).isEmpty();
		assertThat(store.head().version()).isEqualTo(version);
	}

	@Test
	void anAssessmentThatCallsForNoActionListsNothing(Scenario scenario) {
		UUID caseId = UUID.randomUUID();
		long version = store.head().version();
		scenario.publish(assessed(caseId, "https://fine.example.com/" + caseId, "fine.example.com", false))
			.andWaitForStateChange(() -> true);
		assertThat(store.entry(caseId)).isEmpty();
		assertThat(store.head().version()).isEqualTo(version);
	}

	@Test
	void oneAddressByHttpAndHttpsIsOneItemUntilBothAreGone(Scenario scenario) {
		String path = "/same/" + UUID.randomUUID();
		UUID secure = UUID.randomUUID();
		UUID plain = UUID.randomUUID();
		scenario.publish(assessed(secure, "https://twice.example.com" + path, "twice.example.com", true))
			.andWaitForStateChange(() -> store.entry(secure).orElse(null));
		long version = store.head().version();
		scenario.publish(assessed(plain, "http://twice.example.com" + path, "twice.example.com", true))
			.andWaitForStateChange(() -> store.entry(plain).orElse(null));
		assertThat(store.head().version()).as("the list did not change").isEqualTo(version);

		String hash = sha256Hex("twice.example.com" + path);
		scenario.publish(new ContentRemoved(secure, "https://twice.example.com" + path, Instant.now(), "a"))
			.andWaitForStateChange(() -> store.entry(secure).filter(e -> !e.listed()).orElse(null));
		assertThat(items()).contains(hash);
		scenario.publish(new ContentRemoved(plain, "http://twice.example.com" + path, Instant.now(), "a"))
			.andWaitForStateChange(() -> store.entry(plain).filter(e -> !e.listed()).orElse(null));
		assertThat(items()).doesNotContain(hash);
		assertChecksumOf(store.head().version());
	}

	@Test
	void anAnalystWidensNarrowsAndWithdrawsAnEntryAndEachIsAudited(Scenario scenario) {
		UUID caseId = UUID.randomUUID();
		String host = "dedicated-" + caseId.toString().substring(0, 8) + ".example.com";
		scenario.publish(assessed(caseId, "https://" + host + "/p/1", host, true))
			.andWaitForStateChange(() -> store.entry(caseId).orElse(null));
		long listed = store.head().version();

		entries.widen(caseId, "analyst-a");
		assertThat(items()).contains(sha256Hex(host)).doesNotContain(sha256Hex(host + "/p/1"));
		assertThat(store.head().version()).isEqualTo(listed + 1);
		assertThat(store.changesSince(listed)).extracting(Change::op)
			.containsExactlyInAnyOrder(Change.Op.ADD, Change.Op.REMOVE);
		assertThat(entries.ofCase(caseId).orElseThrow().scope()).isEqualTo(Scope.HOST);
		assertThatThrownBy(() -> entries.widen(caseId, "analyst-a")).isInstanceOf(StepRefused.class);

		entries.narrow(caseId, "analyst-a");
		assertThat(items()).contains(sha256Hex(host + "/p/1")).doesNotContain(sha256Hex(host));
		assertThat(store.changesSince(listed)).as("widened and narrowed back: nothing changed for a member at "
				+ listed).isEmpty();

		assertThatThrownBy(() -> entries.withdraw(caseId, "  ", "analyst-a")).isInstanceOf(StepRefused.class);
		entries.withdraw(caseId, "Duplicate of another entry", "analyst-a");
		assertThat(items()).doesNotContain(sha256Hex(host + "/p/1"));
		assertThat(entries.ofCase(caseId).orElseThrow().status()).isEqualTo("WITHDRAWN");
		assertChecksumOf(store.head().version());

		List<String> actions = jdbc.sql("SELECT action FROM audit_entry WHERE target = :t ORDER BY sequence")
			.param("t", caseId.toString())
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("LIST_ENTRY_WIDENED", "LIST_ENTRY_NARROWED", "LIST_ENTRY_WITHDRAWN");
	}

	@Test
	void aMemberAtAVersionAppliesTheChangesAndGetsThePublishedChecksum(Scenario scenario) {
		UUID first = UUID.randomUUID();
		scenario.publish(assessed(first, "https://member.example.com/1/" + first, "member.example.com", true))
			.andWaitForStateChange(() -> store.entry(first).orElse(null));
		long held = store.head().version();
		Set<String> copy = new HashSet<>(items());

		UUID second = UUID.randomUUID();
		scenario.publish(assessed(second, "https://member.example.com/2/" + second, "member.example.com", true))
			.andWaitForStateChange(() -> store.entry(second).orElse(null));
		scenario.publish(new ContentRemoved(first, "https://member.example.com/1/" + first, Instant.now(), "a"))
			.andWaitForStateChange(() -> store.entry(first).filter(e -> !e.listed()).orElse(null));

		for (Change change : store.changesSince(held)) {
			if (change.op() == Change.Op.ADD) {
				copy.add(change.item().sha256());
			}
			else {
				copy.remove(change.item().sha256());
			}
		}
		long now = store.head().version();
		assertThat(checksumOf(copy)).isEqualTo(store.version(now, "openhotline").orElseThrow().manifest().checksum());
	}

	private List<String> items() {
		return jdbc.sql("SELECT hash FROM list_item").query((rs, n) -> hex(rs.getBytes(1))).list();
	}

	private void assertChecksumOf(long version) {
		SignedManifest manifest = store.version(version, "openhotline").orElseThrow();
		assertThat(manifest.manifest().checksum()).isEqualTo(checksumOf(items()));
		assertThat(manifest.manifest().entries()).isEqualTo(items().size());
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
