package org.openhotline.shared.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openhotline.shared.net.HttpsTargets.Refusal;

class HttpsTargetsTests {

	final HttpsTargets targets = new HttpsTargets(List.of("127.0.0.1:8443"));

	@Test
	void anHttpsAddressByNameOrPublicLiteralIsAccepted() {
		assertThat(targets.refusal("https://hooks.example.com/openhotline?x=1")).isEmpty();
		assertThat(targets.refusal("https://8.8.8.8/hook")).isEmpty();
		assertThat(targets.refusal("https://[2a00:1450:4001::1]:8443/hook")).isEmpty();
	}

	@Test
	void eachRefusalIsNamed() {
		assertThat(targets.refusal("http://hooks.example.com/")).hasValue(Refusal.NOT_HTTPS);
		assertThat(targets.refusal("ftp://hooks.example.com/")).hasValue(Refusal.NOT_HTTPS);
		assertThat(targets.refusal("https://user:pw@hooks.example.com/")).hasValue(Refusal.USER_INFO);
		assertThat(targets.refusal("https://hooks.example.com/" + "a".repeat(HttpsTargets.MAX_LENGTH)))
			.hasValue(Refusal.TOO_LONG);
		assertThat(targets.refusal("hooks.example.com/x")).hasValue(Refusal.NOT_A_URL);
		assertThat(targets.refusal("https:///x")).hasValue(Refusal.NOT_A_URL);
		assertThat(targets.refusal("https://hooks.example.com/#part")).hasValue(Refusal.NOT_A_URL);
		assertThat(targets.refusal("")).hasValue(Refusal.NOT_A_URL);
	}

	@Test
	void nonPublicLiteralsAreRefusedUnlessListedAsInsecure() {
		for (String address : List.of("https://127.0.0.1/", "https://10.0.0.1/", "https://169.254.169.254/latest",
				"https://192.168.1.1:8443/", "https://[::1]/", "https://[fd00::1]/", "https://0.0.0.0/",
				"https://2130706433/", "https://192.0.2.1/")) {
			assertThat(targets.refusal(address)).as(address).hasValue(Refusal.NOT_PUBLIC);
		}
		assertThat(targets.refusal("https://127.0.0.1:8443/hook")).isEqualTo(Optional.empty());
	}

	@Test
	void everyOtherSpellingOfANonPublicAddressIsRefusedAtRegistrationAndAtSending() {
		for (String address : List.of("https://0177.0.0.1/", "https://0177.0.0.01/", "https://00000127.0.0.1/",
				"https://127.000.000.001/", "https://017700000001/", "https://[::127.0.0.1]/",
				"https://[::7f00:1]/", "https://[::a9fe:a9fe]/", "https://[64:ff9b::7f00:1]/",
				"https://[64:ff9b::169.254.169.254]/", "https://[64:ff9b::a00:1]/", "https://[::ffff:7f00:1]/",
				"https://[0:0:0:0:0:ffff:127.0.0.1]/")) {
			assertThat(targets.refusal(address)).as(address).hasValue(Refusal.NOT_PUBLIC);
			assertThatThrownBy(() -> targets.target(address)).as(address)
				.isInstanceOfSatisfying(HttpsTargets.Refused.class, r -> assertThat(r.refusal()).isEqualTo(Refusal.NOT_PUBLIC));
		}
		for (String address : List.of("https://0x7f.0.0.1/", "https://127.1/", "https://example.com@127.0.0.1/",
				"https://example.com\\@127.0.0.1/", "https://%31%32%37.0.0.1/", "https://\uff4c\uff4f\uff43\uff41\uff4c\uff48\uff4f\uff53\uff54/",
				"https://127.0.0.1./", "https://[fe80::1%25eth0]/")) {
			assertThat(targets.refusal(address)).as(address).isNotEmpty();
		}
	}

	@Test
	void aPortOutsideTheRangeOfPortsIsRefusedAtRegistrationAndAtSending() {
		for (String address : List.of("https://hooks.example.com:0/", "https://hooks.example.com:65536/",
				"https://hooks.example.com:99999/", "https://[2001:db8::1]:70000/")) {
			assertThat(targets.refusal(address)).as(address).hasValue(Refusal.NOT_A_URL);
			assertThatThrownBy(() -> targets.target(address)).as(address)
				.isInstanceOfSatisfying(HttpsTargets.Refused.class, r -> assertThat(r.refusal()).isEqualTo(Refusal.NOT_A_URL));
		}
		assertThat(targets.refusal("https://hooks.example.com:65535/")).isEmpty();
	}

	@Test
	void namesThatOnlyEverNameALocalHostAreRefusedAtRegistration() {
		for (String address : List.of("https://localhost/", "https://LOCALHOST./hook", "https://api.localhost/",
				"https://printer.local/", "https://db.internal/", "https://nas.home.arpa/", "https://intranet/",
				"https://hooks.invalid/", "https://hooks.test/")) {
			assertThat(targets.refusal(address)).as(address).hasValue(Refusal.NOT_PUBLIC);
		}
		assertThat(targets.refusal("https://local.example.com/")).isEmpty();
	}

	@Test
	void aListedInsecureEndpointIsCalledOverHttpAndAnUnlistedLoopbackIsRefusedAtSending() throws Exception {
		assertThat(targets.target("https://127.0.0.1:8443/hook?a=b")).hasToString("http://127.0.0.1:8443/hook?a=b");
		assertThatThrownBy(() -> targets.target("https://127.0.0.1:9443/hook"))
			.isInstanceOfSatisfying(HttpsTargets.Refused.class, r -> assertThat(r.refusal()).isEqualTo(Refusal.NOT_PUBLIC));
		assertThatThrownBy(() -> targets.target("https://localhost/hook"))
			.isInstanceOfSatisfying(HttpsTargets.Refused.class, r -> assertThat(r.refusal()).isEqualTo(Refusal.NOT_PUBLIC));
		assertThatThrownBy(() -> targets.target("http://hooks.example.com/"))
			.isInstanceOfSatisfying(HttpsTargets.Refused.class, r -> assertThat(r.refusal()).isEqualTo(Refusal.NOT_HTTPS));
	}
}
