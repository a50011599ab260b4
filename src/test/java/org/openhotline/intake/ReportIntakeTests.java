package org.openhotline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.openhotline.intake.internal.ContactCipher;
import org.openhotline.intake.internal.ReportRepository;
import org.flywaydb.core.Flyway;
import org.openhotline.database.internal.TestDatabase;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.junit.jupiter.api.Test;
import org.openhotline.intake.url.CanonicalUrl;
import org.openhotline.intake.url.CanonicalizationResult;
import org.openhotline.intake.url.UrlCanonicalizer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The intake on a real PostgreSQL: one report per form whatever happens, contact details sealed and purged. */
@SpringBootTest
@RecordApplicationEvents
class ReportIntakeTests {

	@Autowired
	ApplicationEvents published;

	@Autowired
	ReportIntake intake;

	@Autowired
	FormTokens formTokens;

	@Autowired
	UrlCanonicalizer canonicalizer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportRepository reports;

	@Autowired
	ContactCipher cipher;

	@Test
	void theSameFormSentTwiceMakesOneReportWithTheSameReferenceAndCode() {
		SubmitReport command = command(newFormId(), null, "https://example.com/twice");

		ReportIntake.Receipt first = intake.submit(command);
		ReportIntake.Receipt again = intake.submit(command);

		assertThat(first.firstSubmission()).isTrue();
		assertThat(again.firstSubmission()).isFalse();
		assertThat(again.reference()).isEqualTo(first.reference());
		assertThat(again.code()).isEqualTo(first.code());
		assertThat(countReports(command.formTokenId())).isEqualTo(1);
	}

	@Test
	void theSameFormSentConcurrentlyMakesOneReport() throws Exception {
		SubmitReport command = command(newFormId(), null, "https://example.com/concurrent");
		int senders = 8;
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<ReportIntake.Receipt>> results = new ArrayList<>();
		for (int i = 0; i < senders; i++) {
			Callable<ReportIntake.Receipt> send = () -> {
				start.await();
				return intake.submit(command);
			};
			results.add(pool.submit(send));
		}
		start.countDown();
		List<ReportIntake.Receipt> receipts = new ArrayList<>();
		for (Future<ReportIntake.Receipt> result : results) {
			receipts.add(result.get());
		}
		pool.shutdown();

		assertThat(receipts).extracting(ReportIntake.Receipt::reference).containsOnly(receipts.get(0).reference());
		assertThat(receipts).filteredOn(ReportIntake.Receipt::firstSubmission).hasSize(1);
		assertThat(countReports(command.formTokenId())).isEqualTo(1);
	}

	@Test
	void storesOnlyCanonicalUrlsAndNoReceiptCode() {
		SubmitReport command = command(newFormId(), null, "hxxps://Example[.]com/a/../b#frag");

		ReportIntake.Receipt receipt = intake.submit(command);

		assertThat(jdbc.sql("SELECT i.canonical_url FROM reported_item i JOIN report r ON r.id = i.report_id WHERE r.reference = ?")
			.param(receipt.reference().value())
			.query(String.class)
			.list()).containsExactly("https://example.com/b");
		String row = jdbc.sql("SELECT r::text FROM report r WHERE reference = ?")
			.param(receipt.reference().value())
			.query(String.class)
			.single();
		assertThat(row).doesNotContain(receipt.code().digits());
	}

	/**
	 * The receipt code is the HMAC of the form's id, so a dump and the key would give every
	 * code if the id were stored anywhere: every row of every table is searched for the id
	 * (as text, as UTF-8 bytes and as its decoded random bytes) and for the code.
	 */
	@Test
	void noTableHoldsTheFormIdOrTheReceiptCode() {
		String formId = newFormId();
		ReportIntake.Receipt receipt = intake.submit(command(formId, new ContactDetails("dump@example.com"),
				"https://example.com/dump"));
		intake.submit(command(formId, new ContactDetails("dump@example.com"), "https://example.com/dump"));

		String dump = dumpDatabase().toLowerCase(java.util.Locale.ROOT);
		assertThat(dump).contains(receipt.reference().value().toLowerCase(java.util.Locale.ROOT));
		assertThat(dump).doesNotContain(formId.toLowerCase(java.util.Locale.ROOT))
			.doesNotContain(HexFormat.of().formatHex(formId.getBytes(StandardCharsets.UTF_8)))
			.doesNotContain(HexFormat.of().formatHex(Base64.getUrlDecoder().decode(formId)))
			.doesNotContain(receipt.code().digits())
			.doesNotContain(receipt.code().grouped())
			.doesNotContain(HexFormat.of().formatHex(receipt.code().digits().getBytes(StandardCharsets.US_ASCII)));
	}

	/**
	 * Referrals stored before the exchange was a channel of its own become reports of it with
	 * their partner and reference, and their cases name the partner; a portal that took the
	 * exchange's slug stops the migration, saying what to do, rather than mix its reports in.
	 */
	@Test
	void theChannelMigrationMarksStoredReferralsAndStopsOnAPortalNamedAsAChannel() {
		// databases of their own: a migration that fails must leave nothing behind on the application's connections
		DataSource dataSource = new DriverManagerDataSource(TestDatabase.newEmptyDatabase("channel_migration"), "postgres",
				TestDatabase.embeddedPassword());
		DataSource clashing = new DriverManagerDataSource(TestDatabase.newEmptyDatabase("channel_clash"), "postgres",
				TestDatabase.embeddedPassword());
		JdbcClient jdbc = JdbcClient.create(dataSource);
		Flyway.configure().dataSource(dataSource).target("30").load().migrate();
		jdbc.sql("""
				INSERT INTO partner_contact (id, kind, name, country, email, languages, channel)
				VALUES ('00000000-0000-4000-8000-0000000000b1', 'HOTLINE', 'Hotline B', 'ML', 'b@hotline-b.example',
				        '{fr}', 'EMAIL');
				INSERT INTO report (id, reference, form_token_hash, portal_slug, language, content_seen, found_where,
				                    receipt_hash, received_at)
				VALUES ('00000000-0000-4000-8000-0000000000e1', 'EXCHANGE-0000-0000-0001', sha256('f1'::bytea), 'exchange', 'en',
				        'NOT_SURE', 'OTHER', sha256('r1'::bytea), now()),
				       ('00000000-0000-4000-8000-0000000000e2', 'ML-0000-0000-0001', sha256('f2'::bytea), 'ml', 'fr',
				        'IMAGES', 'WEBSITE', sha256('r2'::bytea), now());
				INSERT INTO exchange_received (partner_id, sender_reference, installation, report_reference, key_id,
				                               document, signature, received_at)
				VALUES ('00000000-0000-4000-8000-0000000000b1', 'B-17', 'hotline-b', 'EXCHANGE-0000-0000-0001', 'k',
				        '\\x00', 's', now());
				INSERT INTO case_file (id, canonical_url, display_url, host, status, report_count, first_reported_at,
				                       last_reported_at)
				VALUES ('00000000-0000-4000-8000-0000000000c1', 'https://example.com/m', 'https://example.com/m',
				        'example.com', 'NEW', 2, now(), now());
				INSERT INTO case_report (case_id, report_id, portal_slug, reported_at)
				VALUES ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000e1', 'exchange', now()),
				       ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000e2', 'ml', now());
				""").update();

		Flyway.configure().dataSource(dataSource).target("33").load().migrate();

		assertThat(jdbc.sql("SELECT channel || ' ' || coalesce(organisation_name, '-') || ' '"
				+ " || coalesce(organisation_reference, '-') FROM report ORDER BY reference")
			.query(String.class).list()).containsExactly("EXCHANGE Hotline B B-17", "PORTAL - -");
		assertThat(jdbc.sql("SELECT portal_slug || ' ' || coalesce(sender, '-') FROM case_report ORDER BY portal_slug")
			.query(String.class).list())
			.containsExactly("exchange Hotline B", "ml -");

		Flyway.configure().dataSource(clashing).target("30").load().migrate();
		String exchangePortal = "INSERT INTO portal (slug, country_code, languages, status) VALUES ('exchange', 'ML', '{fr}', 'LIVE')";
		JdbcClient.create(clashing).sql(exchangePortal).update();
		assertThatThrownBy(() -> Flyway.configure().dataSource(clashing).target("33").load().migrate())
			.hasStackTraceContaining("A portal has the slug 'exchange'")
			.hasStackTraceContaining("give that portal another slug");
		assertThatThrownBy(() -> jdbc.sql(exchangePortal).update())
			.as("no portal takes a channel's slug afterwards either").hasStackTraceContaining("portal_channel_slug_check");
	}

	/** Reports stored before the ids were hashed keep their idempotency: the migration hashes as the code does. */
	@Test
	void theMigrationHashesStoredFormIdsAsTheIntakeDoes(@Autowired DataSource dataSource) {
		String schema = "form_hash_migration_" + UUID.randomUUID().toString().replace("-", "");
		String formId = newFormId();
		try {
			Flyway.configure().dataSource(dataSource).schemas(schema).target("3").load().migrate();
			jdbc.sql("INSERT INTO " + schema + """
					.report (id, reference, form_token_id, portal_slug, language, content_seen, found_where,
					         receipt_hash, received_at)
					VALUES (gen_random_uuid(), 'ML-MIGRATED', ?, 'ml', 'fr', 'IMAGES', 'WEBSITE', '\\x00', now())
					""").param(formId).update();

			Flyway.configure().dataSource(dataSource).schemas(schema).target("16").load().migrate();

			assertThat(jdbc.sql("SELECT form_token_hash FROM " + schema + ".report WHERE reference = 'ML-MIGRATED'")
				.query(byte[].class)
				.single()).isEqualTo(ReportRepository.formHash(formId));
			assertThat(jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_schema = ? AND column_name = 'form_token_id'")
				.param(schema)
				.query(Integer.class)
				.single()).isZero();
		}
		finally {
			jdbc.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
		}
	}

	@Test
	void contactDetailsAreEncryptedBoundToTheirReportAndPurgedAfterRetention() {
		SubmitReport command = command(newFormId(), new ContactDetails("reporter@example.com"),
				"https://example.com/contact");
		ReportIntake.Receipt receipt = intake.submit(command);
		record Stored(UUID id, byte[] ciphertext, Instant purgeAt) {
		}
		Stored stored = jdbc.sql("SELECT id, contact_ciphertext, contact_purge_at FROM report WHERE reference = ?")
			.param(receipt.reference().value())
			.query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getTimestamp(3).toInstant()))
			.single();

		assertThat(new String(stored.ciphertext(), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain("reporter@example.com");
		assertThat(cipher.decrypt(stored.ciphertext(), new ReportId(stored.id())).value())
			.isEqualTo("reporter@example.com");
		assertThat(Duration.between(Instant.now(), stored.purgeAt())).isBetween(Duration.ofDays(89), Duration.ofDays(91));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> cipher.decrypt(stored.ciphertext(), ReportId.random()))
			.isInstanceOf(IllegalStateException.class);

		// other tests' reports, made earlier, may be due before this one: only this one's contact is looked at
		reports.purgeContactsDueBefore(stored.purgeAt().minusSeconds(1));
		assertThat(jdbc.sql("SELECT contact_ciphertext IS NULL FROM report WHERE id = ?")
			.param(stored.id())
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(reports.purgeContactsDueBefore(stored.purgeAt())).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("SELECT contact_ciphertext IS NULL FROM report WHERE id = ?")
			.param(stored.id())
			.query(Boolean.class)
			.single()).isTrue();
	}

	/** The statistics count what was seen and where from the event, never from the report's row. */
	@Test
	void theEventTellsWhatWasSeenAndWhereItWasFound() {
		ReportIntake.Receipt receipt = intake.submit(command(newFormId(), null, "https://example.com/seen"));

		assertThat(published.stream(ReportReceived.class)).singleElement().satisfies(event -> {
			assertThat(event.seen()).isEqualTo(ContentSeen.IMAGES);
			assertThat(event.found()).isEqualTo(FoundWhere.WEBSITE);
		});
		assertThat(receipt.firstSubmission()).isTrue();
	}

	@Test
	void theReceiptCodeFindsItsReport() {
		ReportIntake.Receipt receipt = intake.submit(command(newFormId(), null, "https://example.com/receipt"));

		assertThat(lookup().find(receipt.code())).get()
			.extracting(ReceiptLookup.ReceiptHolderView::reference)
			.isEqualTo(receipt.reference());
		assertThat(lookup().find(new ReceiptCode("0000000000000000"))).isEmpty();
	}

	@Autowired
	ReceiptLookup receiptLookup;

	private ReceiptLookup lookup() {
		return receiptLookup;
	}

	/** Every row of every table, as text (bytea as hex). */
	private String dumpDatabase() {
		StringBuilder dump = new StringBuilder();
		List<String> tables = jdbc.sql("""
				SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
				WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'
				""").query(String.class).list();
		assertThat(tables).contains("public.report", "public.reported_item");
		for (String table : tables) {
			jdbc.sql("SELECT t::text FROM " + table + " t").query(String.class).list().forEach(dump::append);
		}
		return dump.toString();
	}

	private String newFormId() {
		String token = formTokens.issue("ml", "fr");
		return formTokens.verify(token, "ml", "fr").valid().orElseThrow().id();
	}

	private SubmitReport command(String formId, ContactDetails contact, String... urls) {
		List<CanonicalUrl> canonical = new ArrayList<>();
		for (String url : urls) {
			canonical.add(((CanonicalizationResult.Accepted) canonicalizer.canonicalize(url)).url());
		}
		return new SubmitReport(formId, "ml", "fr", canonical, ContentSeen.IMAGES, FoundWhere.WEBSITE, null, contact);
	}

	private int countReports(String formId) {
		return jdbc.sql("SELECT count(*) FROM report WHERE form_token_hash = sha256(convert_to(?, 'UTF8'))")
			.param(formId)
			.query(Integer.class)
			.single();
	}
}
