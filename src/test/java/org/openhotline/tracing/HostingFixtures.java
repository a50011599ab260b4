package org.openhotline.tracing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openhotline.ShiftedClock;
import org.openhotline.tracing.internal.TestDnsServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One application with the hosting world of the tests: a DNS server and RDAP fixtures on
 * loopback, a range table of documentation addresses, a canary at a reported address, an
 * SMTP port for GreenMail, a clock that tests move forward, Mali as the home country.
 * Tracing and takedown tests extend it and share its context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(HostingFixtures.Clocks.class)
public abstract class HostingFixtures {

	public static final TestDnsServer DNS;

	public static final RdapFixtures RDAP;

	public static final CanaryServer CANARY;

	public static final int SMTP_PORT;

	public static final ShiftedClock CLOCK = new ShiftedClock();

	private static final Path BOOTSTRAP;

	private static final Path RANGES;

	static {
		try {
			DNS = new TestDnsServer();
			RDAP = new RdapFixtures();
			CANARY = new CanaryServer();
			try (ServerSocket free = new ServerSocket(0)) {
				SMTP_PORT = free.getLocalPort();
			}
			Path directory = Files.createTempDirectory("openhotline-hosting");
			BOOTSTRAP = RDAP.writeBootstrap(directory.resolve("bootstrap"));
			RANGES = directory.resolve("ip2asn.tsv");
			Files.writeString(RANGES, """
					# start	end	AS	country	description (iptoasn.com layout)
					192.0.2.0	192.0.2.19	0	None	Not routed
					192.0.2.20	192.0.2.29	64503	ML	EXAMPLE-HOSTING-ML
					192.0.2.30	192.0.2.39	64504	DE	EXAMPLE-HOSTING-DE
					198.51.100.0	198.51.100.255	64501	US	EXAMPLE-NET-US
					203.0.113.0	203.0.113.255	64500	FR	EXAMPLE-HOSTING-FR
					2001:db8::	2001:db8::ffff	64502	DE	EXAMPLE-V6-DE
					""");
		}
		catch (IOException e) {
			throw new ExceptionInInitializerError(e);
		}
		DNS.host("www.hosting.example", "203.0.113.10")
			.host("files.referred.example", "198.51.100.7")
			.host("v6.example", "2001:db8::7")
			.host("home.example", "192.0.2.20")
			.host("elsewhere.example", "192.0.2.30")
			.host("canary.test", HostingLoopback.ADDRESS)
			.silent("slow.example");
		RDAP.answer("ip/203.0.113.10", RdapFixtures.network("NET-203-0-113", "EXAMPLE-HOSTING-FR", "FR", "Hosting abuse desk", "abuse@hosting-fr.example"))
			.answer("autnum/64500", RdapFixtures.autnum(64500, "EXAMPLE-TRANSIT-FR", "noc@transit-fr.example"))
			.answer("domain/hosting.example", RdapFixtures.domain("hosting.example", "Example Registrar", "abuse@registrar.example"))
			.answer("ip/198.51.100.7", RdapFixtures.referral("NET-198-51-100", RDAP.base() + "referred/ip/198.51.100.7"))
			.answer("referred/ip/198.51.100.7", RdapFixtures.network("CUST-7", "CUSTOMER-US", "US", "Customer abuse", "abuse@customer-us.example"))
			.answer("ip/2001:db8::7", RdapFixtures.network("NET6-2001-DB8", "EXAMPLE-V6-DE", "DE", "V6 abuse", "abuse@v6-de.example"))
			.answer("ip/192.0.2.20", RdapFixtures.network("NET-192-0-2-20", "EXAMPLE-HOSTING-ML", "ML", "Hébergeur ML", "abus@hosting-ml.example"))
			.answer("ip/192.0.2.30", RdapFixtures.network("NET-192-0-2-30", "EXAMPLE-HOSTING-DE", "DE", "Hosting DE", "abuse@hosting-de.example"))
			.answer("autnum/64504", RdapFixtures.autnum(64504, "EXAMPLE-TRANSIT-DE", "noc@transit-de.example"))
			// a hostile registry answer: a referral to the reported address itself, which must not be followed
			.answer("ip/" + HostingLoopback.ADDRESS, RdapFixtures.referral("NET-LOOP", "http://" + HostingLoopback.ADDRESS + ":" + CANARY.port() + "/evil"));
	}

	@DynamicPropertySource
	static void hostingWorld(DynamicPropertyRegistry registry) {
		registry.add("openhotline.tracing.dns.servers", DNS::address);
		registry.add("openhotline.tracing.dns.timeout", () -> "300ms");
		registry.add("openhotline.tracing.rdap.bootstrap-directory", BOOTSTRAP::toString);
		// the fixtures alone may be asked over http on loopback; the canary and everything else may not
		registry.add("openhotline.tracing.rdap.allowed-insecure-hosts", RDAP::authority);
		registry.add("openhotline.tracing.ip-data.range-table", RANGES::toString);
		registry.add("openhotline.tracing.ip-data.attribution", () -> "Test ranges (iptoasn.com layout)");
		registry.add("openhotline.takedown.policy.home-country", () -> "ML");
		registry.add("openhotline.takedown.hotline-name", () -> "Test Hotline");
		registry.add("openhotline.takedown.from-address", () -> "hotline@hotline.example");
		registry.add("spring.mail.host", () -> HostingLoopback.ADDRESS);
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("openhotline.takedown.outbox.first-retry", () -> "2s");
		registry.add("openhotline.takedown.outbox.max-attempts", () -> "5");
		registry.add("openhotline.triage.second-assessment-share", () -> "0");
		// the one kind of context that sends mail keeps the app's own schedule table
		registry.add("db-scheduler.table-name", () -> "scheduled_tasks");
		registry.add("openhotline.takedown.outbox.enabled", () -> "true");
	}

	/** A real SMTP server, started, on the port the application sends notices to. */
	protected static GreenMail startedSmtpServer() {
		ServerSetup setup = new ServerSetup(SMTP_PORT, HostingLoopback.ADDRESS, "smtp");
		// GreenMail's 2 s to start are too few on a loaded 2-core machine (CI ran into it)
		setup.setServerStartupTimeout(20_000);
		GreenMail smtp = new GreenMail(setup);
		smtp.start();
		return smtp;
	}

	/** Publishes a final assessment that calls for action, as triage does; returns the case id. */
	protected static java.util.UUID assessedAsIllegal(org.springframework.context.ApplicationEventPublisher events,
			org.springframework.transaction.support.TransactionTemplate transactions, String host, String domain) {
		java.util.UUID caseId = java.util.UUID.randomUUID();
		java.time.Instant now = CLOCK.instant();
		transactions.executeWithoutResult(status -> events.publishEvent(new org.openhotline.triage.CaseAssessed(caseId,
				"https://" + host + "/gallery/" + caseId, host, domain, "A", "BASELINE", true, "uk-iwf", 1,
				now.minus(java.time.Duration.ofHours(5)), now)));
		return caseId;
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		ShiftedClock shiftedClock() {
			return CLOCK;
		}
	}
}
