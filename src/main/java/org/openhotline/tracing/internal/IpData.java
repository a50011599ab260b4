package org.openhotline.tracing.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.maxmind.db.Reader;

import jakarta.annotation.PreDestroy;

/**
 * An address's country and network from the configured data files: MaxMind DB files for
 * country and for network, and a range table; the first that knows a part answers it.
 * Without any file every answer is "unknown", never an error.
 */
@Component
class IpData {

	private static final Logger log = LoggerFactory.getLogger(IpData.class);

	private final @Nullable Reader countries;

	private final @Nullable Reader networks;

	private final @Nullable RangeTable ranges;

	private final String attribution;

	IpData(TracingProperties properties) {
		TracingProperties.IpData files = properties.ipData();
		this.countries = open(files.countryDatabase(), "country-database");
		this.networks = open(files.asnDatabase(), "asn-database");
		this.ranges = files.rangeTable() == null ? null : RangeTable.load(files.rangeTable());
		this.attribution = files.attribution();
		if (countries == null && networks == null && ranges == null) {
			log.info("No IP data files configured (openhotline.tracing.ip-data.*): traces give country and network as unknown");
		}
	}

	private static @Nullable Reader open(@Nullable Path file, String property) {
		if (file == null) {
			return null;
		}
		try {
			return new Reader(file.toFile());
		}
		catch (IOException e) {
			throw new IllegalStateException("openhotline.tracing.ip-data." + property + ": cannot read " + file + " ("
					+ e.getMessage() + ")", e);
		}
	}

	/** The licence attribution to show beside results; empty when no data is configured. */
	String attribution() {
		return attribution;
	}

	boolean configured() {
		return countries != null || networks != null || ranges != null;
	}

	Network lookup(InetAddress address) {
		Network found = Network.UNKNOWN;
		if (countries != null) {
			Map<String, Object> record = read(countries, address);
			if (record != null && record.get("country") instanceof Map<?, ?> country
					&& country.get("iso_code") instanceof String code) {
				found = found.or(new Network(code, null, null));
			}
		}
		if (networks != null) {
			Map<String, Object> record = read(networks, address);
			if (record != null) {
				Long asn = record.get("autonomous_system_number") instanceof Number n ? n.longValue() : null;
				String name = record.get("autonomous_system_organization") instanceof String s ? s : null;
				found = found.or(new Network(null, asn, name));
			}
		}
		if (ranges != null) {
			found = found.or(ranges.lookup(address));
		}
		return found;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Map<String, Object> read(Reader reader, InetAddress address) {
		try {
			return reader.get(address, Map.class);
		}
		catch (IOException | RuntimeException e) {
			log.warn("IP data file unreadable for one address: {}", e.toString());
			return null;
		}
	}

	@PreDestroy
	void close() throws IOException {
		if (countries != null) {
			countries.close();
		}
		if (networks != null) {
			networks.close();
		}
	}

	/** Non-overlapping address ranges, sorted, searched by binary search. */
	static final class RangeTable {

		private final BigInteger[] starts;

		private final BigInteger[] ends;

		private final Network[] networks;

		private RangeTable(List<Row> rows) {
			rows.sort(Comparator.comparing(Row::start));
			starts = rows.stream().map(Row::start).toArray(BigInteger[]::new);
			ends = rows.stream().map(Row::end).toArray(BigInteger[]::new);
			networks = rows.stream().map(Row::network).toArray(Network[]::new);
		}

		static RangeTable load(Path file) {
			try (InputStream raw = Files.newInputStream(file);
					InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
					BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				return parse(lines);
			}
			catch (IOException e) {
				throw new IllegalStateException(
						"openhotline.tracing.ip-data.range-table: cannot read " + file + " (" + e.getMessage() + ")", e);
			}
		}

		static RangeTable parse(BufferedReader lines) throws IOException {
			List<Row> rows = new ArrayList<>();
			String line;
			int number = 0;
			while ((line = lines.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", -1);
				if (fields.length < 5) {
					throw new IOException("line " + number + ": expected 5 tab-separated fields");
				}
				InetAddress start = InetAddressLiteral.parseOrNull(fields[0].trim());
				InetAddress end = InetAddressLiteral.parseOrNull(fields[1].trim());
				if (start == null || end == null || start.getAddress().length != end.getAddress().length) {
					throw new IOException("line " + number + ": not an address range");
				}
				long asn = Long.parseLong(fields[2].trim());
				if (asn == 0) {
					continue; // "not routed"
				}
				String country = fields[3].trim();
				String name = fields[4].trim();
				rows.add(new Row(key(start), key(end),
						new Network(country.isEmpty() || "None".equals(country) ? null : country, asn,
								name.isEmpty() ? null : name)));
			}
			return new RangeTable(rows);
		}

		Network lookup(InetAddress address) {
			BigInteger key = key(address);
			int low = 0;
			int high = starts.length - 1;
			while (low <= high) {
				int middle = (low + high) >>> 1;
				if (starts[middle].compareTo(key) <= 0) {
					low = middle + 1;
				}
				else {
					high = middle - 1;
				}
			}
			// high: the last range starting at or before the address
			return high >= 0 && ends[high].compareTo(key) >= 0 ? networks[high] : Network.UNKNOWN;
		}

		// IPv4 and IPv6 apart: IPv4 keys carry a bit above every IPv6 key
		private static BigInteger key(InetAddress address) {
			BigInteger value = new BigInteger(1, address.getAddress());
			return address.getAddress().length == 4 ? value.setBit(128) : value;
		}

		private record Row(BigInteger start, BigInteger end, Network network) {
		}
	}
}
