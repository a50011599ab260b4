package org.openhotline.shared.net;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Which IP addresses are public. Loopback, private, shared (CGNAT), link-local (with the
 * cloud metadata address 169.254.169.254), multicast, benchmarking, unique-local and the
 * other special-purpose ranges of IANA's registries are not, nor are IPv4 addresses written as
 * IPv6 (mapped, compatible) or a non-public one behind NAT64's prefix; documentation ranges
 * are not either, unless a training or test installation allows them.
 */
public final class PublicAddresses {

	private record Range(BigInteger first, BigInteger last) {

		static Range of(String cidr) {
			String[] parts = cidr.split("/");
			byte[] bytes = literal(parts[0]);
			BigInteger address = new BigInteger(1, bytes);
			BigInteger size = BigInteger.ONE.shiftLeft(bytes.length * 8 - Integer.parseInt(parts[1]));
			BigInteger first = address.divide(size).multiply(size);
			return new Range(first, first.add(size).subtract(BigInteger.ONE));
		}

		boolean contains(BigInteger address) {
			return address.compareTo(first) >= 0 && address.compareTo(last) <= 0;
		}
	}

	private static final List<Range> NOT_PUBLIC_V4 = ranges("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
			"127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.88.99.0/24", "192.168.0.0/16",
			"198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4");

	private static final List<Range> DOCUMENTATION_V4 = ranges("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24");

	/** With ::/96, the deprecated IPv4-compatible addresses (RFC 4291), which some stacks still tunnel to IPv4. */
	private static final List<Range> NOT_PUBLIC_V6 = ranges("::/96", "::ffff:0:0/96", "64:ff9b:1::/48", "100::/64",
			"2001::/23", "2001:2::/48", "2002::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

	/** NAT64's well-known prefix (RFC 6052): as public as the IPv4 address it embeds. */
	private static final Range NAT64 = Range.of("64:ff9b::/96");

	private static final List<Range> DOCUMENTATION_V6 = ranges("2001:db8::/32", "3fff::/20");

	private PublicAddresses() {
	}

	/** Whether the address is public; documentation ranges are not. */
	public static boolean isPublic(InetAddress address) {
		return isPublic(address.getAddress(), false);
	}

	/** @param address 4 bytes (IPv4) or 16 (IPv6), in network order */
	public static boolean isPublic(byte[] address, boolean documentationAllowed) {
		if (address.length != 4 && address.length != 16) {
			throw new IllegalArgumentException("not an IP address: " + address.length + " bytes");
		}
		boolean v6 = address.length == 16;
		BigInteger value = new BigInteger(1, address);
		if ((v6 ? NOT_PUBLIC_V6 : NOT_PUBLIC_V4).stream().anyMatch(r -> r.contains(value))) {
			return false;
		}
		if (v6 && NAT64.contains(value)) {
			return isPublic(Arrays.copyOfRange(address, 12, 16), documentationAllowed);
		}
		return documentationAllowed || (v6 ? DOCUMENTATION_V6 : DOCUMENTATION_V4).stream().noneMatch(r -> r.contains(value));
	}

	private static List<Range> ranges(String... cidrs) {
		return List.of(cidrs).stream().map(Range::of).toList();
	}

	/** The constants above: dotted IPv4 or IPv6 with at most one "::" (InetAddress would turn ::ffff:0:0 into IPv4). */
	private static byte[] literal(String text) {
		if (!text.contains(":")) {
			byte[] bytes = new byte[4];
			String[] parts = text.split("\\.");
			for (int i = 0; i < 4; i++) {
				bytes[i] = (byte) Integer.parseInt(parts[i]);
			}
			return bytes;
		}
		String[] halves = text.split("::", -1);
		String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
		String[] tail = halves.length < 2 || halves[1].isEmpty() ? new String[0] : halves[1].split(":");
		byte[] bytes = new byte[16];
		for (int i = 0; i < head.length; i++) {
			put(bytes, i, head[i]);
		}
		for (int i = 0; i < tail.length; i++) {
			put(bytes, 8 - tail.length + i, tail[i]);
		}
		return bytes;
	}

	private static void put(byte[] bytes, int group, String hex) {
		int value = Integer.parseInt(hex, 16);
		bytes[2 * group] = (byte) (value >> 8);
		bytes[2 * group + 1] = (byte) value;
	}
}
