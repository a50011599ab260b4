package org.openhotline.shared.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTests {

	@Test
	void anIpv4ClientIsItsAddressAnIpv6ClientItsSlash64() {
		assertThat(ClientAddresses.clientOf("2001:db8:0:1:2:3:4:5")).isEqualTo("2001:db8:0:1:0:0:0:0/64");
		assertThat(ClientAddresses.clientOf("fe80::1%eth0")).isEqualTo("fe80:0:0:0:0:0:0:0/64");
		assertThat(ClientAddresses.clientOf("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(ClientAddresses.clientOf("192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(ClientAddresses.clientOf("not-an-address.invalid")).isEqualTo("not-an-address.invalid");
	}
}
