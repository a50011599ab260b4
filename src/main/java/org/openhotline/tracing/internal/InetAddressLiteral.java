package org.openhotline.tracing.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.net.Ipv6Text;

/** IP literals to addresses without any name lookup (InetAddress.getByName would ask DNS for a name). */
final class InetAddressLiteral {

	private InetAddressLiteral() {
	}

	/** The address, or null when the text is not an IPv4 or IPv6 literal. */
	static @Nullable InetAddress parseOrNull(String text) {
		String literal = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
		byte[] bytes = v4(literal);
		if (bytes == null && literal.indexOf(':') >= 0 && literal.chars().allMatch(InetAddressLiteral::v6Char)) {
			try {
				// with a colon and only hex digits, colons and dots this is parsed, never looked up
				return InetAddress.getByName(literal);
			}
			catch (UnknownHostException e) {
				return null;
			}
		}
		if (bytes == null) {
			return null;
		}
		try {
			return InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException e) {
			return null;
		}
	}

	static InetAddress parse(String text) {
		InetAddress address = parseOrNull(text);
		if (address == null) {
			throw new IllegalArgumentException("not an IP address: " + text);
		}
		return address;
	}

	private static boolean v6Char(int c) {
		return Character.digit(c, 16) >= 0 || c == ':' || c == '.';
	}

	private static byte @Nullable [] v4(String text) {
		String[] parts = text.split("\\.", -1);
		if (parts.length != 4) {
			return null;
		}
		byte[] bytes = new byte[4];
		for (int i = 0; i < 4; i++) {
			if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
				return null;
			}
			int value = Integer.parseInt(parts[i]);
			if (value > 255) {
				return null;
			}
			bytes[i] = (byte) value;
		}
		return bytes;
	}

	/** The address as text; IPv6 in the short form of RFC 5952 (2001:db8::7, not 2001:db8:0:0:0:0:0:7). */
	static String text(InetAddress address) {
		byte[] bytes = address.getAddress();
		return bytes.length == 4 ? address.getHostAddress() : Ipv6Text.of(bytes);
	}
}
