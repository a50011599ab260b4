package org.openhotline.shared.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What a per-client counter is keyed on: an IPv4 address as it is, an IPv6 address as its
 * /64 (one machine usually holds a whole /64, so its single addresses would each count anew).
 * Used by every throttle of the application, public or not.
 */
public final class ClientAddresses {

	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	private ClientAddresses() {
	}

	/** An IPv4 address as it is, an IPv6 address as its /64. */
	public static String clientOf(String address) {
		int zone = address.indexOf('%');
		String literal = zone < 0 ? address : address.substring(0, zone);
		if (literal.indexOf(':') < 0 || !IPV6_LITERAL.matcher(literal).matches()) {
			return address;
		}
		try {
			// only an IPv6 literal gets here, which InetAddress parses without any lookup
			InetAddress parsed = InetAddress.getByName(literal);
			if (parsed instanceof Inet6Address) {
				byte[] prefix = Arrays.copyOf(parsed.getAddress(), 16);
				Arrays.fill(prefix, 8, 16, (byte) 0);
				return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
			}
			return parsed.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}
}
