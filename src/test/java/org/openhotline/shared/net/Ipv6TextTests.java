package org.openhotline.shared.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ipv6TextTests {

	@Test
	void theLongestRunOfZerosIsCompressedOnce() {
		assertThat(Ipv6Text.of(new int[] { 0x2001, 0xdb8, 0, 0, 1, 0, 0, 1 })).isEqualTo("2001:db8::1:0:0:1");
		assertThat(Ipv6Text.of(new int[] { 0x2001, 0xdb8, 0, 0, 0, 0, 0, 0 })).isEqualTo("2001:db8::");
		assertThat(Ipv6Text.of(new int[] { 0, 0, 0, 0, 0, 0, 0, 1 })).isEqualTo("::1");
		assertThat(Ipv6Text.of(new int[] { 0x2001, 0xdb8, 0, 1, 1, 1, 1, 1 })).isEqualTo("2001:db8:0:1:1:1:1:1");
		assertThat(Ipv6Text.of(new int[] { 0x2001, 0, 0, 1, 0, 0, 0, 1 })).isEqualTo("2001:0:0:1::1");
	}

	@Test
	void bytesAreReadInNetworkOrder() {
		byte[] address = new byte[16];
		address[0] = 0x20;
		address[1] = 0x01;
		address[2] = 0x0d;
		address[3] = (byte) 0xb8;
		address[15] = 7;
		assertThat(Ipv6Text.of(address)).isEqualTo("2001:db8::7");
	}
}
