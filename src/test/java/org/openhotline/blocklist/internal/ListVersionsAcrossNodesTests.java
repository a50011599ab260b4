package org.openhotline.blocklist.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhotline.OpenHotlineApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes (two application contexts on one database) change the list at once: the versions
 * they make follow each other without a gap or a duplicate, each version's checksum is the
 * list's at that version, and each node's lookups see what the other listed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListVersionsAcrossNodesTests {

	static ConfigurableApplicationContext secondNode;

	@Autowired
	EntriesFollowCases firstNodeListener;

	@Autowired
	LookupIndex firstNodeIndex;

	@Autowired
	ListStore store;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startSecondNode() {
		secondNode = new SpringApplicationBuilder(OpenHotlineApplication.class).run("--server.port=0");
	}

	@AfterAll
	static void stopSecondNode() {
		secondNode.close();
	}

	@Test
	void twoNodesWritingAtOnceMakeVersionsWithoutGapOrDuplicate() throws Exception {
		EntriesFollowCases secondNodeListener = secondNode.getBean(EntriesFollowCases.class);
		int perNode = 20;
		List<UUID> cases = new ArrayList<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		List<CompletableFuture<Void>> done = new ArrayList<>();
		for (int i = 0; i < perNode * 2; i++) {
			UUID caseId = UUID.randomUUID();
			cases.add(caseId);
			EntriesFollowCases node = i % 2 == 0 ? firstNodeListener : secondNodeListener;
			done.add(CompletableFuture.runAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				node.list(UrlListEntriesTests.assessed(caseId, "https://nodes.example.com/" + caseId,
						"nodes.example.com", true));
			}, threads));
		}
		start.countDown();
		CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();
		threads.shutdown();

		List<Long> made = jdbc.sql("SELECT listed_version FROM list_entry WHERE case_id IN (:ids) ORDER BY 1")
			.param("ids", cases)
			.query(Long.class)
			.list();
		assertThat(made).as("each new address made its own version").doesNotHaveDuplicates().hasSize(perNode * 2);
		long after = made.get(made.size() - 1);
		List<Long> versions = jdbc.sql("SELECT version FROM list_version WHERE version BETWEEN :from AND :to ORDER BY version")
			.param("from", made.get(0))
			.param("to", after)
			.query(Long.class)
			.list();
		assertThat(versions).as("no version skipped between them")
			.hasSize((int) (after - made.get(0) + 1))
			.containsAll(made);
		for (long version : versions) {
			assertThat(store.version(version, "openhotline").orElseThrow().manifest().checksum())
				.isEqualTo(UrlListEntriesTests.checksumOf(UrlListEntriesTests.listAt(jdbc, version)));
		}

		// every node follows the list by itself: both indexes reach the head and find every address
		LookupIndex secondNodeIndex = secondNode.getBean(LookupIndex.class);
		await().atMost(Duration.ofSeconds(30)).until(() -> firstNodeIndex.version() >= after && secondNodeIndex.version() >= after);
		for (UUID caseId : cases) {
			byte[] hash = Expressions.sha256("nodes.example.com/" + caseId);
			assertThat(firstNodeIndex.find(hash)).isNotNull();
			assertThat(secondNodeIndex.find(hash)).isNotNull();
		}
	}
}
