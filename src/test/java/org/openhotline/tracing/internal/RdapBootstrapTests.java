package org.openhotline.tracing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class RdapBootstrapTests {

	private static TracingProperties properties(Path directory) {
		return new TracingProperties(4, new TracingProperties.Dns(List.of(), Duration.ofSeconds(1), 0),
				new TracingProperties.IpData(null, null, null, ""), new TracingProperties.Rdap(directory,
						URI.create("https://data.iana.org/rdap/"), Duration.ofSeconds(1), Duration.ofSeconds(1), 3, DataSize.ofMegabytes(1), List.of()));
	}

	@Test
	void theShippedSnapshotsKnowTheRegionalRegistries() {
		RdapBootstrap bootstrap = new RdapBootstrap(properties(null));

		assertThat(bootstrap.forAddress(InetAddressLiteral.parse("41.1.2.3"))).contains(URI.create("https://rdap.afrinic.net/rdap/"));
		assertThat(bootstrap.forAddress(InetAddressLiteral.parse("2a00::1"))).contains(URI.create("https://rdap.db.ripe.net/"));
		assertThat(bootstrap.forAsn(3333)).contains(URI.create("https://rdap.db.ripe.net/"));
		assertThat(bootstrap.forAsn(2043)).contains(URI.create("https://rdap.db.ripe.net/"));
		assertThat(bootstrap.forAddress(InetAddressLiteral.parse("10.0.0.1"))).isEmpty();
		// no domain registry is shipped: registrars come after a refresh
		assertThat(bootstrap.forDomain("example.com")).isEmpty();
	}

	@Test
	void theLongestPrefixWinsAndFilesInTheDirectoryComeFirst(@TempDir Path directory) throws Exception {
		Files.writeString(directory.resolve("ipv4.json"), """
				{"version":"1.0","services":[
				 [["198.0.0.0/8"],["http://wide.example/","https://wide.example/"]],
				 [["198.51.100.0/24"],["https://narrow.example/"]]]}
				""");
		RdapBootstrap bootstrap = new RdapBootstrap(properties(directory));

		assertThat(bootstrap.forAddress(InetAddressLiteral.parse("198.51.100.7"))).contains(URI.create("https://narrow.example/"));
		assertThat(bootstrap.forAddress(InetAddressLiteral.parse("198.18.0.1"))).contains(URI.create("https://wide.example/"));
		// ipv6.json is not in the directory: the shipped snapshot answers
		assertThat(bootstrap.forAddress(InetAddressLiteral.parse("2c00::1"))).contains(URI.create("https://rdap.afrinic.net/rdap/"));
	}
}
