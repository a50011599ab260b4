package org.openhotline.intake.url;

import org.openhotline.shared.net.PublicAddresses;

/**
 * Which IP-literal hosts are public, as {@link PublicAddresses} classifies them; documentation
 * ranges are public only when a training or test installation allows them.
 */
final class IpAddressPolicy {

	private final boolean documentationAllowed;

	IpAddressPolicy(boolean documentationAllowed) {
		this.documentationAllowed = documentationAllowed;
	}

	/** @param host a serialised host: dotted IPv4 or bracketed IPv6 */
	boolean isPublic(String host) {
		return PublicAddresses.isPublic(toBytes(host), documentationAllowed);
	}

	private static byte[] toBytes(String host) {
		if (host.startsWith("[")) {
			try {
				int[] pieces = HostParser.parseIpv6(host.substring(1, host.length() - 1));
				byte[] bytes = new byte[16];
				for (int i = 0; i < 8; i++) {
					bytes[2 * i] = (byte) (pieces[i] >> 8);
					bytes[2 * i + 1] = (byte) pieces[i];
				}
				return bytes;
			}
			catch (UrlParseException ex) {
				throw new IllegalArgumentException(host, ex);
			}
		}
		String[] parts = host.split("\\.");
		byte[] bytes = new byte[4];
		for (int i = 0; i < 4; i++) {
			bytes[i] = (byte) Integer.parseInt(parts[i]);
		}
		return bytes;
	}
}
