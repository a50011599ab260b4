package org.openhotline.blocklist.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openhotline.blocklist.Category;
import org.openhotline.blocklist.ListFormat;
import org.openhotline.blocklist.ListItem;
import org.openhotline.blocklist.Scope;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Type;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ListWritersTests {

	static final Instant ADDED = Instant.parse("2026-11-30T10:15:30.250123Z");

	static final ListItem PAGE = url("http://www.example.com/a,b?q=\"x\"", "www.example.com", Category.BASELINE);

	static final ListItem SITE = host("dedicated.example.test", Category.NATIONALLY_ILLEGAL);

	static final ListItem ADDRESS = host("192.0.2.1", Category.BASELINE);

	static final ListItem HYPHEN = url("http://-x.example/=1", "-x.example", Category.BASELINE);

	static final List<ListItem> ITEMS = List.of(PAGE, SITE, ADDRESS, HYPHEN);

	// signed with a seed generated here: the writers only copy what they are given
	static final SignedManifest SIGNED = ListSignerTests.signer(ListSignerTests.randomSeed())
		.sign("openhotline", (1L << 32) + 7, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 4,
				Instant.parse("2026-12-01T05:00:00Z"));

	@Test
	void jsonHasTheManifestAndEveryFieldOfEveryItem() {
		JsonNode list = JsonMapper.shared().readTree(write(ListFormat.JSON, true, ITEMS));

		assertThat(list.get("manifest").asString()).isEqualTo(SIGNED.json());
		assertThat(list.get("signature").asString()).isEqualTo(SIGNED.signature());
		assertThat(list.get("keyId").asString()).isEqualTo(SIGNED.manifest().keyId());
		assertThat(list.get("list").asString()).isEqualTo("openhotline");
		assertThat(list.get("version").asLong()).isEqualTo((1L << 32) + 7);
		assertThat(list.get("checksum").asString()).isEqualTo(SIGNED.manifest().checksum());
		assertThat(list.get("entries").asLong()).isEqualTo(4);
		assertThat(list.get("time").asString()).isEqualTo("2026-12-01T05:00:00Z");
		assertThat(list.get("items")).hasSize(4);
		JsonNode page = list.get("items").get(0);
		assertThat(page.propertyNames()).containsExactly("sha256", "scope", "category", "url", "expression", "host",
				"addedAt");
		assertThat(page.get("sha256").asString()).isEqualTo(PAGE.sha256());
		assertThat(page.get("scope").asString()).isEqualTo("url");
		assertThat(page.get("category").asString()).isEqualTo("baseline");
		assertThat(page.get("url").asString()).isEqualTo(PAGE.url());
		assertThat(page.get("expression").asString()).isEqualTo("www.example.com/a,b?q=\"x\"");
		assertThat(page.get("host").asString()).isEqualTo("www.example.com");
		assertThat(page.get("addedAt").asString()).isEqualTo("2026-11-30T10:15:30Z");
		JsonNode site = list.get("items").get(1);
		assertThat(site.get("scope").asString()).isEqualTo("host");
		assertThat(site.get("category").asString()).isEqualTo("nationally-illegal");
		assertThat(site.get("url").isNull()).isTrue();
		assertThat(site.get("expression").asString()).isEqualTo("dedicated.example.test");
	}

	@Test
	void withoutAddressesAnItemIsItsHashScopeCategoryAndTime() {
		JsonNode list = JsonMapper.shared().readTree(write(ListFormat.JSON, false, ITEMS));

		for (JsonNode item : list.get("items")) {
			assertThat(item.propertyNames()).containsExactly("sha256", "scope", "category", "addedAt");
		}
		assertThat(write(ListFormat.SHA256, false, ITEMS)).isEqualTo(
				PAGE.sha256() + "\n" + SITE.sha256() + "\n" + ADDRESS.sha256() + "\n" + HYPHEN.sha256() + "\n");
	}

	@Test
	void formatsMadeOfAddressesAreNotWrittenWithoutThem() {
		for (ListFormat format : List.of(ListFormat.CSV, ListFormat.TEXT, ListFormat.RPZ)) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> ListWriters.of(format, false, OutputStream.nullOutputStream()));
		}
	}

	@Test
	void csvReadsBackWithCommasQuotesAndFormulasDefused() throws IOException {
		String csv = write(ListFormat.CSV, true, ITEMS);

		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		assertThat(csv).startsWith("sha256,scope,category,url,expression,host,added_at\r\n");
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0).toMap()).containsEntry("sha256", PAGE.sha256())
			.containsEntry("scope", "url")
			.containsEntry("category", "baseline")
			.containsEntry("url", "http://www.example.com/a,b?q=\"x\"")
			.containsEntry("expression", "www.example.com/a,b?q=\"x\"")
			.containsEntry("host", "www.example.com")
			.containsEntry("added_at", "2026-11-30T10:15:30Z");
		assertThat(rows.get(1).get("url")).isEmpty();
		assertThat(rows.get(1).get("category")).isEqualTo("nationally-illegal");
		assertThat(rows.get(3).get("expression")).isEqualTo("'-x.example/=1");
		assertThat(rows.get(3).get("host")).isEqualTo("'-x.example");
	}

	@Test
	void textIsTheUrlOfEachUrlLevelItem() {
		assertThat(write(ListFormat.TEXT, true, ITEMS)).isEqualTo(PAGE.url() + "\n" + HYPHEN.url() + "\n");
	}

	@Test
	void rpzIsAZoneOfTheHostLevelItemsThatADnsLibraryReads() throws IOException {
		String zone = write(ListFormat.RPZ, true, ITEMS);

		assertThat(zone).contains("; manifest " + SIGNED.json() + "\n", "; signature " + SIGNED.signature() + "\n")
			.doesNotContain("$ORIGIN");
		Name origin = Name.fromString("rpz.example.");
		List<Record> records = new ArrayList<>();
		try (Master master = new Master(new ByteArrayInputStream(zone.getBytes(StandardCharsets.UTF_8)), origin)) {
			for (Record r = master.nextRecord(); r != null; r = master.nextRecord()) {
				records.add(r);
			}
		}
		SOARecord soa = (SOARecord) records.get(0);
		assertThat(soa.getName()).isEqualTo(origin);
		assertThat(soa.getSerial()).isEqualTo(7);
		assertThat(soa.getMinimum()).isEqualTo(300);
		assertThat(records.get(1).getType()).isEqualTo(Type.NS);
		assertThat(records.subList(2, records.size())).allMatch(r -> r instanceof CNAMERecord cname
				&& cname.getTarget().equals(Name.root) && cname.getTTL() == 300);
		assertThat(records.subList(2, records.size())).extracting(r -> r.getName().toString())
			.containsExactly("dedicated.example.test.rpz.example.", "*.dedicated.example.test.rpz.example.");
	}

	@Test
	void rpzWritesSyntaxInAHostAsEscapes() throws IOException {
		String zone = write(ListFormat.RPZ, true, List.of(host("a;b(c).example", Category.BASELINE)));

		try (Master master = new Master(new ByteArrayInputStream(zone.getBytes(StandardCharsets.UTF_8)),
				Name.fromString("rpz.example."))) {
			master.nextRecord();
			master.nextRecord();
			assertThat(master.nextRecord().getName()).isEqualTo(Name.fromString("a\\;b\\(c\\).example.rpz.example."));
		}
	}

	@Test
	void aMillionItemsStreamOutAsTheyAreWritten() {
		for (ListFormat format : ListFormat.values()) {
			Counting out = new Counting();
			ListWriter writer = ListWriters.of(format, true, out);
			writer.start(SIGNED);
			for (int i = 0; i < 1_000_000; i++) {
				writer.item(generated(i));
			}
			long beforeFinish = out.count;
			writer.finish();

			// nothing but a small buffer waits for the end
			assertThat(out.count - beforeFinish).as(format.name()).isLessThan(64 * 1024);
			assertThat(out.count).as(format.name()).isGreaterThan(format == ListFormat.TEXT ? 10_000_000 : 1_000);
		}
	}

	/** Items of every kind; one hash for all, as computing a million would only slow the test. */
	static ListItem generated(int i) {
		String sha256 = PAGE.sha256();
		if (i % 10 == 0) {
			String host = "site" + i + ".example.test";
			return new ListItem(sha256, host, Scope.HOST, Category.BASELINE, null, host, ADDED, 1);
		}
		String host = "host" + (i % 997) + ".example";
		String expression = host + "/page/" + i + "?id=" + i;
		return new ListItem(sha256, expression, Scope.URL, Category.NATIONALLY_ILLEGAL, "https://" + expression, host,
				ADDED, 1);
	}

	static ListItem url(String url, String host, Category category) {
		return url(url, host, category, ADDED);
	}

	static ListItem url(String url, String host, Category category, Instant addedAt) {
		String expression = url.substring(url.indexOf("://") + 3);
		return new ListItem(Expressions.hex(Expressions.sha256(expression)), expression, Scope.URL, category, url, host,
				addedAt, 1);
	}

	static ListItem host(String host, Category category) {
		return new ListItem(Expressions.hex(Expressions.sha256(host)), host, Scope.HOST, category, null, host, ADDED, 1);
	}

	private static String write(ListFormat format, boolean withAddresses, List<ListItem> items) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ListWriter writer = ListWriters.of(format, withAddresses, out);
		writer.start(SIGNED);
		items.forEach(writer::item);
		writer.finish();
		return out.toString(StandardCharsets.UTF_8);
	}

	static final class Counting extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
		}

		@Override
		public void close() {
			throw new AssertionError("the writer closed the caller's stream");
		}
	}
}
