package org.openhotline.shared.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

class PublicAddressesTests {

	private static boolean isPublic(String literal) throws UnknownHostException {
		// literals only: parsed, never looked up
		return PublicAddresses.isPublic(InetAddress.getByName(literal));
	}

	@Test
	void internalAndReservedRangesAreNotPublic() throws UnknownHostException {
		for (String address : new String[] { "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
				"100.64.0.1", "0.0.0.0", "240.0.0.1", "224.0.0.1", "::1", "::", "fe80::1", "fd00::1", "fc00::1",
				"::ffff:127.0.0.1", "::ffff:10.0.0.1", "ff02::1" }) {
			assertThat(isPublic(address)).as(address).isFalse();
		}
	}

	@Test
	void anIpv4AddressWrittenAsIpv6IsNotPublicUnlessItIsAPublicOneBehindNat64() throws UnknownHostException {
		for (String address : new String[] { "::127.0.0.1", "::7f00:1", "::a9fe:a9fe", "::8.8.8.8", "64:ff9b::7f00:1",
				"64:ff9b::10.0.0.1", "64:ff9b::169.254.169.254", "64:ff9b::192.0.2.1" }) {
			assertThat(isPublic(address)).as(address).isFalse();
		}
		assertThat(isPublic("64:ff9b::8.8.8.8")).isTrue();
	}

	@Test
	void documentationRangesArePublicOnlyWhenAllowed() throws UnknownHostException {
		byte[] documentation = InetAddress.getByName("203.0.113.10").getAddress();
		byte[] documentationV6 = InetAddress.getByName("2001:db8::7").getAddress();

		assertThat(PublicAddresses.isPublic(documentation, false)).isFalse();
		assertThat(PublicAddresses.isPublic(documentation, true)).isTrue();
		assertThat(PublicAddresses.isPublic(documentationV6, false)).isFalse();
		assertThat(PublicAddresses.isPublic(documentationV6, true)).isTrue();
		// an IPv4-mapped IPv6 address as 16 bytes is never public
		byte[] mapped = new byte[16];
		mapped[10] = (byte) 0xff;
		mapped[11] = (byte) 0xff;
		System.arraycopy(documentation, 0, mapped, 12, 4);
		assertThat(PublicAddresses.isPublic(mapped, true)).isFalse();
	}
}
