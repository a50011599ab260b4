package org.openhotline.intake.url;

import java.math.BigInteger;
import java.util.List;

/**
 * Which IP-literal hosts are public. Loopback, private, shared, link-local, multicast,
 * benchmarking and other special-purpose ranges (IANA registries) are not; documentation
 * ranges are not either, unless a training or test installation allows them.
 */
final class IpAddressPolicy {

	private record Range(BigInteger first, BigInteger last) {

		static Range of(String cidr, int bits) {
			String[] parts = cidr.split("/");
			BigInteger address = toNumber(parts[0]);
			int prefix = Integer.parseInt(parts[1]);
			BigInteger size = BigInteger.ONE.shiftLeft(bits - prefix);
			BigInteger first = address.divide(size).multiply(size);
			return new Range(first, first.add(size).subtract(BigInteger.ONE));
		}

		boolean contains(BigInteger address) {
			return address.compareTo(first) >= 0 && address.compareTo(last) <= 0;
		}
	}

	private static final List<Range> NOT_PUBLIC_V4 = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
			"127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.88.99.0/24", "192.168.0.0/16",
			"198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4")
		.stream()
		.map(c -> Range.of(c, 32))
		.toList();

	private static final List<Range> DOCUMENTATION_V4 = List.of("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")
		.stream()
		.map(c -> Range.of(c, 32))
		.toList();

	private static final List<Range> NOT_PUBLIC_V6 = List.of("::/127", "::ffff:0:0/96", "64:ff9b:1::/48",
			"100::/64", "2001::/23", "2001:2::/48", "2002::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")
		.stream()
		.map(c -> Range.of(c, 128))
		.toList();

	private static final List<Range> DOCUMENTATION_V6 = List.of(Range.of("2001:db8::/32", 128),
			Range.of("3fff::/20", 128));

	private final boolean documentationAllowed;

	IpAddressPolicy(boolean documentationAllowed) {
		this.documentationAllowed = documentationAllowed;
	}

	/** @param host a serialised host: dotted IPv4 or bracketed IPv6 */
	boolean isPublic(String host) {
		boolean v6 = host.startsWith("[");
		BigInteger address = toNumber(v6 ? host.substring(1, host.length() - 1) : host);
		List<Range> reserved = v6 ? NOT_PUBLIC_V6 : NOT_PUBLIC_V4;
		List<Range> documentation = v6 ? DOCUMENTATION_V6 : DOCUMENTATION_V4;
		if (reserved.stream().anyMatch(r -> r.contains(address))) {
			return false;
		}
		return documentationAllowed || documentation.stream().noneMatch(r -> r.contains(address));
	}

	private static BigInteger toNumber(String address) {
		if (address.contains(":")) {
			try {
				BigInteger value = BigInteger.ZERO;
				for (int piece : HostParser.parseIpv6(address)) {
					value = value.shiftLeft(16).add(BigInteger.valueOf(piece));
				}
				return value;
			}
			catch (UrlParseException ex) {
				throw new IllegalArgumentException(address, ex);
			}
		}
		BigInteger value = BigInteger.ZERO;
		for (String part : address.split("\\.")) {
			value = value.shiftLeft(8).add(new BigInteger(part));
		}
		return value;
	}
}
