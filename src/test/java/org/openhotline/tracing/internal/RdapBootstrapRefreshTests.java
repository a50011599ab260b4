package org.openhotline.tracing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhotline.tracing.RdapFixtures;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The refresh downloads IANA-style files from the configured source, and never half-replaces good ones. */
class RdapBootstrapRefreshTests {

	private static TracingProperties properties(Path directory, String source) {
		return new TracingProperties(4, new TracingProperties.Dns(List.of(), Duration.ofSeconds(1), 0),
				new TracingProperties.IpData(null, null, null, ""),
				new TracingProperties.Rdap(directory, URI.create(source), Duration.ofSeconds(1), Duration.ofSeconds(2), 3, DataSize.ofMegabytes(1), List.of()));
	}

	@Test
	void downloadsEveryFileAndUsesThemAtOnce(@TempDir Path directory) throws Exception {
		try (RdapFixtures iana = new RdapFixtures()) {
			iana.answer("rdap/ipv4.json", "{\"version\":\"1.0\",\"services\":[[[\"192.0.2.0/24\"],[\"https://rdap.registry.example/\"]]]}")
				.answer("rdap/ipv6.json", "{\"version\":\"1.0\",\"services\":[]}")
				.answer("rdap/asn.json", "{\"version\":\"1.0\",\"services\":[]}")
				.answer("rdap/dns.json", "{\"version\":\"1.0\",\"services\":[[[\"example\"],[\"https://rdap.nic.example/\"]]]}");
			TracingProperties properties = properties(directory, iana.base() + "rdap/");
			RdapBootstrap bootstrap = new RdapBootstrap(properties);
			assertThat(bootstrap.forDomain("hosting.example")).isEmpty();

			List<String> written = new RdapBootstrapRefresh(properties, bootstrap).refresh();

			assertThat(written).containsExactly("ipv4.json", "ipv6.json", "asn.json", "dns.json");
			assertThat(bootstrap.forDomain("hosting.example")).contains(URI.create("https://rdap.nic.example/"));
			assertThat(bootstrap.forAddress(InetAddressLiteral.parse("192.0.2.9"))).contains(URI.create("https://rdap.registry.example/"));
			assertThat(directory.resolve("dns.json")).exists();
			assertThat(Files.list(directory).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".download"));
		}
	}

	@Test
	void aBrokenDownloadLeavesTheFilesThatWereThere(@TempDir Path directory) throws Exception {
		Files.writeString(directory.resolve("ipv4.json"), "{\"version\":\"1.0\",\"services\":[]}");
		try (RdapFixtures iana = new RdapFixtures()) {
			iana.answer("rdap/ipv4.json", "<html>maintenance</html>");
			TracingProperties properties = properties(directory, iana.base() + "rdap/");

			assertThatThrownBy(() -> new RdapBootstrapRefresh(properties, new RdapBootstrap(properties)).refresh())
				.hasMessageContaining("ipv4.json");

			assertThat(Files.readString(directory.resolve("ipv4.json"))).contains("services");
		}
	}

	@Test
	void withoutADirectoryTheRefreshSaysWhichSettingIsMissing() {
		TracingProperties properties = properties(null, "https://data.iana.org/rdap/");

		assertThatThrownBy(() -> new RdapBootstrapRefresh(properties, new RdapBootstrap(properties)).refresh())
			.hasMessageContaining("openhotline.tracing.rdap.bootstrap-directory");
	}
}
