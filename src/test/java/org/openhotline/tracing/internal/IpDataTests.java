package org.openhotline.tracing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class IpDataTests {

	private static IpData.RangeTable table(String text) throws IOException {
		return IpData.RangeTable.parse(new BufferedReader(new StringReader(text)));
	}

	@Test
	void findsTheRangeAnAddressIsInAtItsEdgesToo() throws IOException {
		IpData.RangeTable table = table("""
				203.0.113.0	203.0.113.127	64500	FR	LOW-HALF
				203.0.113.128	203.0.113.255	64501	DE	HIGH-HALF
				2001:db8::	2001:db8::ffff	64502	NL	V6
				""");

		assertThat(table.lookup(InetAddressLiteral.parse("203.0.113.0"))).isEqualTo(new Network("FR", 64500L, "LOW-HALF"));
		assertThat(table.lookup(InetAddressLiteral.parse("203.0.113.127")).asn()).isEqualTo(64500L);
		assertThat(table.lookup(InetAddressLiteral.parse("203.0.113.128")).asn()).isEqualTo(64501L);
		assertThat(table.lookup(InetAddressLiteral.parse("203.0.113.255")).country()).isEqualTo("DE");
		assertThat(table.lookup(InetAddressLiteral.parse("2001:db8::1")).country()).isEqualTo("NL");
		assertThat(table.lookup(InetAddressLiteral.parse("198.51.100.1"))).isEqualTo(Network.UNKNOWN);
		assertThat(table.lookup(InetAddressLiteral.parse("2001:db8::1:0"))).isEqualTo(Network.UNKNOWN);
	}

	@Test
	void anIpv4AddressNeverMatchesAnIpv6Range() throws IOException {
		IpData.RangeTable table = table("::	::ffff:ffff	64999	ZZ	LOW-V6\n");

		assertThat(table.lookup(InetAddressLiteral.parse("192.0.2.1"))).isEqualTo(Network.UNKNOWN);
	}

	@Test
	void notRoutedLinesAndUnknownCountriesCarryNothing() throws IOException {
		IpData.RangeTable table = table("""
				192.0.2.0	192.0.2.255	0	None	Not routed
				198.51.100.0	198.51.100.255	64501	None	NO-COUNTRY
				""");

		assertThat(table.lookup(InetAddressLiteral.parse("192.0.2.1"))).isEqualTo(Network.UNKNOWN);
		assertThat(table.lookup(InetAddressLiteral.parse("198.51.100.1"))).isEqualTo(new Network(null, 64501L, "NO-COUNTRY"));
	}

	@Test
	void aBrokenLineNamesItsNumber() {
		assertThatThrownBy(() -> table("# header\n192.0.2.0\t192.0.2.9\n")).hasMessageContaining("line 2");
		assertThatThrownBy(() -> table("192.0.2.0\tnot-an-address\t1\tFR\tX\n")).hasMessageContaining("line 1");
	}

	@Test
	void literalsAreParsedWithoutAnyLookup() {
		assertThat(InetAddressLiteral.parseOrNull("www.example.com")).isNull();
		assertThat(InetAddressLiteral.parseOrNull("256.1.1.1")).isNull();
		assertThat(InetAddressLiteral.parseOrNull("1.2.3")).isNull();
		assertThat(InetAddressLiteral.parseOrNull("[2001:db8::1]").getHostAddress()).isEqualTo("2001:db8:0:0:0:0:0:1");
		assertThat(InetAddressLiteral.parseOrNull("cafe")).isNull();
		assertThat(InetAddressLiteral.text(InetAddressLiteral.parse("2001:db8:0:0:1:0:0:1"))).isEqualTo("2001:db8::1:0:0:1");
		assertThat(InetAddressLiteral.text(InetAddressLiteral.parse("2001:db8::"))).isEqualTo("2001:db8::");
		assertThat(InetAddressLiteral.text(InetAddressLiteral.parse("::1"))).isEqualTo("::1");
		assertThat(InetAddressLiteral.text(InetAddressLiteral.parse("2001:db8:1:1:1:1:1:1"))).isEqualTo("2001:db8:1:1:1:1:1:1");
	}

	@Test
	void readsCountryAndNetworkFromMaxMindDbFiles(@TempDir Path directory) throws IOException {
		int[] network = { 203, 0, 113, 0 };
		Path countries = MaxMindDbFile.write(directory.resolve("country.mmdb"), "DBIP-Country-Lite", network, 24,
				Map.of("country", Map.of("iso_code", "FR")));
		Path networks = MaxMindDbFile.write(directory.resolve("asn.mmdb"), "DBIP-ASN-Lite", network, 24,
				Map.of("autonomous_system_number", 64500L, "autonomous_system_organization", "EXAMPLE-HOSTING-FR"));
		IpData data = new IpData(new TracingProperties(4, new TracingProperties.Dns(List.of(), Duration.ofSeconds(1), 0),
				new TracingProperties.IpData(countries, networks, null, "IP data by DB-IP.com"),
				new TracingProperties.Rdap(null, URI.create("https://data.iana.org/rdap/"), Duration.ofSeconds(1),
						Duration.ofSeconds(1), 3, DataSize.ofMegabytes(1), List.of())));
		try {
			assertThat(data.configured()).isTrue();
			assertThat(data.attribution()).isEqualTo("IP data by DB-IP.com");
			assertThat(data.lookup(InetAddressLiteral.parse("203.0.113.10")))
				.isEqualTo(new Network("FR", 64500L, "EXAMPLE-HOSTING-FR"));
			assertThat(data.lookup(InetAddressLiteral.parse("198.51.100.1"))).isEqualTo(Network.UNKNOWN);
			// an IPv6 address in an IPv4-only file is unknown, not an error
			assertThat(data.lookup(InetAddressLiteral.parse("2001:db8::1"))).isEqualTo(Network.UNKNOWN);
		}
		finally {
			data.close();
		}
	}

	@Test
	void aMissingDataFileStopsTheStartNamingTheSetting(@TempDir Path directory) {
		assertThatThrownBy(() -> new IpData(new TracingProperties(4,
				new TracingProperties.Dns(List.of(), Duration.ofSeconds(1), 0),
				new TracingProperties.IpData(directory.resolve("missing.mmdb"), null, null, ""),
				new TracingProperties.Rdap(null, URI.create("https://data.iana.org/rdap/"), Duration.ofSeconds(1),
						Duration.ofSeconds(1), 3, DataSize.ofMegabytes(1), List.of()))))
			.hasMessageContaining("openhotline.tracing.ip-data.country-database");
	}
}
