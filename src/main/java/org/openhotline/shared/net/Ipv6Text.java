package org.openhotline.shared.net;

/**
 * An IPv6 address as text, in the one short form that both the URL Standard's serializer
 * and RFC 5952 give: lower-case hex, no leading zeros, the longest run of two or more zero
 * pieces (the first of equal runs) written {@code ::} (2001:db8::7, not 2001:db8:0:0:0:0:0:7).
 */
public final class Ipv6Text {

	private Ipv6Text() {
	}

	/** @param address 16 bytes, in network order */
	public static String of(byte[] address) {
		if (address.length != 16) {
			throw new IllegalArgumentException("not an IPv6 address: " + address.length + " bytes");
		}
		int[] pieces = new int[8];
		for (int i = 0; i < 8; i++) {
			pieces[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
		}
		return of(pieces);
	}

	/** @param pieces the eight 16-bit pieces */
	public static String of(int[] pieces) {
		if (pieces.length != 8) {
			throw new IllegalArgumentException("an IPv6 address has 8 pieces, not " + pieces.length);
		}
		int compress = -1;
		int longest = 1;
		for (int i = 0; i < 8;) {
			int j = i;
			while (j < 8 && pieces[j] == 0) {
				j++;
			}
			if (j - i > longest) {
				longest = j - i;
				compress = i;
			}
			i = j == i ? i + 1 : j;
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == compress) {
				out.append(i == 0 ? "::" : ":");
				i += longest - 1;
				continue;
			}
			out.append(Integer.toHexString(pieces[i]));
			if (i != 7) {
				out.append(':');
			}
		}
		return out.toString();
	}
}
