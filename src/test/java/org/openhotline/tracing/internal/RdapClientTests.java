package org.openhotline.tracing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.openhotline.tracing.CanaryServer;
import org.openhotline.tracing.RdapFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

/**
 * Every registry address a lookup would ask, the first, a redirect's or a referral's, passes
 * one check. Only the fixtures' own host:port is allowed over http on loopback, as the test
 * setting allows it; every other address is judged as in production, and the canaries on
 * 127.0.0.1 and 127.0.0.2 must hear nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class RdapClientTests {

	private static final ReportedHost REPORTED = new ReportedHost("www.reported.example", "reported.example",
			List.of("203.0.113.60"));

	private static RdapFixtures rdap;

	private static CanaryServer canary;

	private static CanaryServer loopbackCanary;

	@TempDir
	static Path directory;

	private final Map<String, InetAddress[]> names = new ConcurrentHashMap<>();

	private final Set<String> asked = ConcurrentHashMap.newKeySet();

	@BeforeAll
	static void start() throws IOException {
		rdap = new RdapFixtures();
		canary = new CanaryServer("127.0.0.1");
		loopbackCanary = new CanaryServer();
		rdap.writeBootstrap(directory.resolve("bootstrap"));
	}

	@AfterAll
	static void stop() {
		rdap.close();
		canary.close();
		loopbackCanary.close();
	}

	private RdapClient client(List<String> allowedInsecureHosts) {
		TracingProperties properties = new TracingProperties(4, new TracingProperties.Dns(List.of(), Duration.ofSeconds(1), 0),
				new TracingProperties.IpData(null, null, null, ""),
				new TracingProperties.Rdap(directory.resolve("bootstrap"), URI.create("https://data.iana.org/rdap/"),
						Duration.ofSeconds(1), Duration.ofSeconds(5), 3, DataSize.ofKilobytes(64), allowedInsecureHosts));
		return new RdapClient(new RdapBootstrap(properties), properties, name -> {
			asked.add(name);
			InetAddress[] addresses = names.get(name);
			if (addresses == null) {
				throw new UnknownHostException(name);
			}
			return addresses;
		});
	}

	private RdapClient client() {
		return client(List.of(rdap.authority()));
	}

	private RdapClient.Answer network(String address) {
		return client().network(InetAddressLiteral.parse(address), REPORTED);
	}

	@Test
	void aRedirectToAnotherAllowedAddressIsFollowed() {
		rdap.redirect("ip/203.0.113.50", rdap.base() + "moved/ip/203.0.113.50")
			.answer("moved/ip/203.0.113.50", RdapFixtures.network("NET-50", "MOVED", "FR", "Moved abuse", "abuse@moved.example"));

		RdapClient.Answer answer = network("203.0.113.50");

		assertThat(answer.contact()).isEqualTo(new RdapClient.Contact("Moved abuse", "abuse@moved.example"));
		assertThat(answer.sources()).extracting(URI::getPath).containsExactly("/ip/203.0.113.50", "/moved/ip/203.0.113.50");
	}

	@Test
	void aRedirectToLoopbackIsRefusedAndNeverRequested() {
		rdap.redirect("ip/203.0.113.51", "http://127.0.0.1:" + canary.port() + "/evil")
			.redirect("ip/203.0.113.52", "https://127.0.0.1:" + canary.port() + "/evil")
			.redirect("ip/203.0.113.53", "http://[::1]:" + canary.port() + "/evil");

		RdapClient.Answer plain = network("203.0.113.51");
		RdapClient.Answer secure = network("203.0.113.52");
		RdapClient.Answer v6 = network("203.0.113.53");

		assertThat(plain.contact()).isNull();
		assertThat(plain.problems()).containsExactly("rdap: registry address 127.0.0.1 refused (not https); not asked");
		assertThat(secure.problems())
			.containsExactly("rdap: registry address 127.0.0.1 refused (not a public address); not asked");
		assertThat(v6.problems()).singleElement().asString().contains("refused");
		assertThat(canary.requests()).isZero();
	}

	@Test
	void aReferralToLoopbackIsRefusedAndNeverRequested() {
		rdap.answer("ip/203.0.113.54", RdapFixtures.referral("NET-54", "http://127.0.0.1:" + canary.port() + "/ip/x"))
			.answer("ip/203.0.113.55", RdapFixtures.referral("NET-55", "https://127.0.0.1:" + canary.port() + "/ip/x"));

		RdapClient.Answer plain = network("203.0.113.54");
		RdapClient.Answer secure = network("203.0.113.55");

		assertThat(plain.object()).isNotNull();
		assertThat(plain.contact()).isNull();
		assertThat(plain.problems()).containsExactly("rdap: registry address 127.0.0.1 refused (not https); not asked");
		assertThat(secure.problems())
			.containsExactly("rdap: registry address 127.0.0.1 refused (not a public address); not asked");
		assertThat(canary.requests()).isZero();
	}

	@Test
	void aNameIsResolvedAndRefusedWhenAnyOfItsAddressesIsNotPublic() {
		names.put("rdap.internal.test", new InetAddress[] { InetAddressLiteral.parse("10.1.2.3") });
		names.put("metadata.test", new InetAddress[] { InetAddressLiteral.parse("169.254.169.254") });
		names.put("cgnat.test", new InetAddress[] { InetAddressLiteral.parse("100.64.0.1") });
		names.put("ula.test", new InetAddress[] { InetAddressLiteral.parse("fd00::1") });
		List<String> refused = List.of("rdap.internal.test", "metadata.test", "cgnat.test", "ula.test", "nowhere.test");
		for (int i = 0; i < refused.size(); i++) {
			String name = refused.get(i);
			String address = "203.0.113." + (70 + i);
			rdap.answer("ip/" + address, RdapFixtures.referral("NET-" + i, "https://" + name + "/ip/" + address));

			RdapClient.Answer answer = network(address);

			assertThat(answer.problems()).as(name)
				.containsExactly("rdap: registry address " + name + " refused ("
						+ (name.equals("nowhere.test") ? "name does not resolve" : "not a public address") + "); not asked");
		}
	}

	@Test
	void aReferralToTheReportedHostByNameOrByAddressIsRefused() {
		names.put("innocent.test", new InetAddress[] { InetAddressLiteral.parse("203.0.113.60") });
		rdap.answer("ip/203.0.113.57", RdapFixtures.referral("NET-57", "https://cdn.reported.example/ip/203.0.113.57"))
			.answer("ip/203.0.113.58", RdapFixtures.referral("NET-58", "https://innocent.test/ip/203.0.113.58"))
			.answer("ip/203.0.113.59", RdapFixtures.referral("NET-59", "https://203.0.113.60/ip/203.0.113.59"));

		for (String address : List.of("203.0.113.57", "203.0.113.58", "203.0.113.59")) {
			assertThat(network(address).problems()).as(address)
				.containsExactly("rdap: a registry address pointed at the reported host; not followed");
		}
		// the reported host's own name is not even looked up
		assertThat(asked).doesNotContain("cdn.reported.example");
	}

	@Test
	void withTheProductionDefaultsEvenTheFirstAddressMustBeHttpsAndPublic() {
		rdap.answer("ip/203.0.113.61", RdapFixtures.network("NET-61", "FIRST", "FR", "First", "abuse@first.example"));

		RdapClient.Answer answer = client(List.of()).network(InetAddressLiteral.parse("203.0.113.61"), REPORTED);

		assertThat(answer.object()).isNull();
		assertThat(answer.problems()).singleElement().asString().contains("refused (not https)");
		assertThat(rdap.requestsFor("ip/203.0.113.61")).isZero();
	}

	@Test
	void anAnswerIsReadUpToTheCapAndNoFurther() {
		rdap.endless("ip/203.0.113.62");

		RdapClient.Answer answer = network("203.0.113.62");

		assertThat(answer.object()).isNull();
		assertThat(answer.problems()).singleElement().asString().endsWith("too large");
		// 64 KiB read; what the server got out before it noticed is what the socket buffers held
		assertThat(rdap.writtenFor("ip/203.0.113.62")).isLessThan(32L << 20);
	}

	@Test
	void anEmailAddressThatIsNotPlainNeverBecomesAContactAndIsLoggedEscaped(CapturedOutput output) {
		rdap.answer("ip/203.0.113.63", RdapFixtures.network("NET-63", "INJECT", "FR", "Injector",
				"abuse@example.net\\r\\nBcc: x@example.org"))
			.answer("autnum/64563", RdapFixtures.autnum(64563, "TWO-RECIPIENTS", "noc@example.net, x@example.org"));

		RdapClient.Answer network = network("203.0.113.63");
		RdapClient.Answer autnum = client().autonomousSystem(64563, REPORTED);

		assertThat(network.object()).isNotNull();
		assertThat(network.contact()).isNull();
		assertThat(network.problems()).contains("rdap: an email address that is not plain was left out");
		assertThat(autnum.contact()).isNull();
		assertThat(output.getAll()).contains("abuse@example.net\\r\\nBcc: x@example.org")
			.doesNotContain("abuse@example.net\r\n");
	}
}
