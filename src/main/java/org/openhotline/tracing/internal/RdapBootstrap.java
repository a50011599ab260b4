package org.openhotline.tracing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * IANA's RDAP bootstrap registries (RFC 9224): which registry answers for an address, a
 * network number or a domain. Files in the configured directory (written by a refresh) take
 * precedence over the snapshots shipped in {@code classpath:rdap/}.
 */
@Component
class RdapBootstrap {

	static final List<String> FILES = List.of("ipv4.json", "ipv6.json", "asn.json", "dns.json");

	private final JsonMapper json = JsonMapper.builder().build();

	private volatile Registries registries;

	private final @Nullable Path directory;

	RdapBootstrap(TracingProperties properties) {
		this.directory = properties.rdap().bootstrapDirectory();
		this.registries = load();
	}

	/** Reads the files again, after a refresh. */
	void reload() {
		registries = load();
	}

	Optional<URI> forAddress(InetAddress address) {
		byte[] bytes = address.getAddress();
		BigInteger value = new BigInteger(1, bytes);
		int bits = bytes.length * 8;
		Prefixed best = null;
		for (Prefixed candidate : bytes.length == 4 ? registries.v4() : registries.v6()) {
			if (candidate.contains(value, bits) && (best == null || candidate.length() > best.length())) {
				best = candidate;
			}
		}
		return best == null ? Optional.empty() : Optional.of(best.base());
	}

	Optional<URI> forAsn(long asn) {
		return registries.asn()
			.stream()
			.filter(range -> range.first() <= asn && asn <= range.last())
			.map(AsnRange::base)
			.findFirst();
	}

	/** The registry of the domain's top-level domain; empty without a dns.json. */
	Optional<URI> forDomain(String domain) {
		String tld = domain.substring(domain.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		return registries.tlds().stream().filter(t -> t.tld().equals(tld)).map(Tld::base).findFirst();
	}

	private Registries load() {
		List<Prefixed> v4 = new ArrayList<>();
		List<Prefixed> v6 = new ArrayList<>();
		List<AsnRange> asn = new ArrayList<>();
		List<Tld> tlds = new ArrayList<>();
		services("ipv4.json", (entries, base) -> entries.forEach(e -> v4.add(Prefixed.parse(e, base))));
		services("ipv6.json", (entries, base) -> entries.forEach(e -> v6.add(Prefixed.parse(e, base))));
		services("asn.json", (entries, base) -> entries.forEach(e -> {
			String[] range = e.split("-");
			asn.add(new AsnRange(Long.parseLong(range[0]), Long.parseLong(range[range.length - 1]), base));
		}));
		services("dns.json", (entries, base) -> entries.forEach(e -> tlds.add(new Tld(e.toLowerCase(Locale.ROOT), base))));
		return new Registries(List.copyOf(v4), List.copyOf(v6), List.copyOf(asn), List.copyOf(tlds));
	}

	private interface ServiceConsumer {

		void accept(List<String> entries, URI base);
	}

	private void services(String file, ServiceConsumer consumer) {
		JsonNode root = read(file);
		if (root == null) {
			return;
		}
		for (JsonNode service : root.path("services")) {
			List<String> entries = new ArrayList<>();
			service.get(0).forEach(entry -> entries.add(entry.asString()));
			URI base = null;
			for (JsonNode url : service.get(1)) {
				URI candidate = URI.create(url.asString());
				// https when the registry offers it
				if (base == null || "https".equals(candidate.getScheme()) && !"https".equals(base.getScheme())) {
					base = candidate;
				}
			}
			if (base != null) {
				consumer.accept(entries, base);
			}
		}
	}

	private @Nullable JsonNode read(String file) {
		try {
			if (directory != null && Files.isRegularFile(directory.resolve(file))) {
				try (InputStream in = Files.newInputStream(directory.resolve(file))) {
					return json.readTree(in);
				}
			}
			ClassPathResource shipped = new ClassPathResource("rdap/" + file);
			if (!shipped.exists()) {
				return null;
			}
			try (InputStream in = shipped.getInputStream()) {
				return json.readTree(in);
			}
		}
		catch (IOException | RuntimeException e) {
			throw new IllegalStateException("RDAP bootstrap file " + file + " is unreadable: " + e.getMessage(), e);
		}
	}

	private record Registries(List<Prefixed> v4, List<Prefixed> v6, List<AsnRange> asn, List<Tld> tlds) {
	}

	private record Prefixed(BigInteger network, int length, URI base) {

		static Prefixed parse(String cidr, URI base) {
			int slash = cidr.indexOf('/');
			InetAddress address = InetAddressLiteral.parse(cidr.substring(0, slash));
			return new Prefixed(new BigInteger(1, address.getAddress()), Integer.parseInt(cidr.substring(slash + 1)),
					base);
		}

		boolean contains(BigInteger value, int bits) {
			return value.shiftRight(bits - length).equals(network.shiftRight(bits - length));
		}
	}

	private record AsnRange(long first, long last, URI base) {
	}

	private record Tld(String tld, URI base) {
	}
}
