package org.openhotline.blocklist.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openhotline.triage.CaseAssessed;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The URL list bench's set-up (bench/url-list.sh): a bulk seed of synthetic entries in one
 * version, and new entries through the real path (the listener's own method, in its own
 * transaction, as a {@code CaseAssessed} makes them). Reserved names only ({@code *.example}).
 */
@RestController
@ConditionalOnBooleanProperty("openhotline.bench.enabled")
class UrlListBenchController {

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private final ListStore store;

	private final ListChanges changes;

	private final EntriesFollowCases entries;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	UrlListBenchController(ListStore store, ListChanges changes, EntriesFollowCases entries,
			TransactionTemplate transactions, JdbcClient jdbc) {
		this.store = store;
		this.changes = changes;
		this.entries = entries;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/**
	 * {@code entries} synthetic entries, items and ADD changes written by set-based SQL in one
	 * transaction, then one version (checksum and signed manifest) for them all.
	 */
	@PostMapping("/bench/url-list/seed")
	Map<String, Object> seed(@RequestParam int entries) {
		long started = System.nanoTime();
		long version = transactions.execute(status -> {
			long next = store.lockHead() + 1;
			// 20 addresses per host, paths as a gallery's
			jdbc.sql("""
					INSERT INTO list_entry (case_id, url, host, url_expression, scope, category, status, hash,
					    assessed_at, listed_at, listed_version)
					SELECT gen_random_uuid(), 'https://' || e.host || e.path, e.host, e.host || e.path, 'URL',
					    CASE WHEN n % 10 = 0 THEN 'NATIONALLY_ILLEGAL' ELSE 'BASELINE' END, 'LISTED',
					    sha256(convert_to(e.host || e.path, 'UTF8')), now() - interval '1 hour', now(), :version
					FROM generate_series(1, :entries) n,
					LATERAL (SELECT 'seed' || (n / 20) || '.example' AS host,
					    '/gallery/' || n || '/' || left(md5(n::text), 12) || '.jpg' AS path) e
					""").param("entries", entries).param("version", next).update();
			jdbc.sql("""
					INSERT INTO list_item (hash, expression, scope, category, url, host, added_at, version)
					SELECT hash, url_expression, scope, category, url, host, listed_at, :version
					FROM list_entry WHERE listed_version = :version AND status = 'LISTED'
					""").param("version", next).update();
			jdbc.sql("""
					INSERT INTO list_change (version, hash, op, expression, scope, category, url, host, added_at)
					SELECT version, hash, 'ADD', expression, scope, category, url, host, added_at
					FROM list_item WHERE version = :version
					""").param("version", next).update();
			changes.makeVersion(next, entries, 0);
			return next;
		});
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("version", version);
		answer.put("entries", entries);
		answer.put("millis", (System.nanoTime() - started) / 1_000_000);
		return answer;
	}

	/**
	 * {@code count} new entries, one version each, through the listener's path; addresses as
	 * a file host's, on {@code hosts} hosts. Answers the version before and the new hashes.
	 */
	@PostMapping("/bench/url-list/add")
	Map<String, Object> add(@RequestParam(defaultValue = "1") int count, @RequestParam(defaultValue = "10") int hosts) {
		long before = store.head().version();
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID caseId = UUID.randomUUID();
			String host = "files" + random.nextInt(hosts) + ".cdn-bench.example";
			String url = "https://" + host + "/u/" + token(8) + "/" + token(22) + ".jpg";
			Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
			entries.list(new CaseAssessed(caseId, url, host, "cdn-bench.example", "A", "BASELINE", true, "uk-iwf", 1,
					now.minusSeconds(600), now));
			hashes.add(store.entry(caseId).orElseThrow().hash());
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("before", before);
		answer.put("after", store.head().version());
		answer.put("hashes", hashes);
		return answer;
	}

	private String token(int length) {
		StringBuilder token = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return token.toString();
	}
}
