package org.openhotline.tracing.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.openhotline.tracing.TraceOutcome;
import org.springframework.stereotype.Component;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks the configured resolver for a host's A and AAAA records. Only the resolver is
 * contacted, never the host. Every answer is fresh (no cache): a trace records what DNS
 * said at that time.
 */
@Component
class HostResolver {

	/** The answer: the addresses, or why there are none. */
	record Resolution(TraceOutcome outcome, List<InetAddress> addresses, List<String> problems) {
	}

	private final Resolver resolver;

	HostResolver(TracingProperties properties) {
		this.resolver = resolver(properties.dns());
	}

	private static Resolver resolver(TracingProperties.Dns dns) {
		ExtendedResolver extended;
			if (dns.servers().isEmpty()) {
				extended = new ExtendedResolver();
			}
			else {
				List<Resolver> each = new ArrayList<>();
				for (String server : dns.servers()) {
					SimpleResolver simple = new SimpleResolver(address(server));
					simple.setTimeout(dns.timeout());
					each.add(simple);
				}
				extended = new ExtendedResolver(each);
			}
		extended.setTimeout(dns.timeout());
		extended.setRetries(dns.retries() + 1);
		return extended;
	}

	static InetSocketAddress address(String server) {
		String host = server;
		int port = 53;
		int colon = server.lastIndexOf(':');
		if (server.startsWith("[")) {
			int close = server.indexOf(']');
			host = server.substring(1, close);
			if (close + 1 < server.length() && server.charAt(close + 1) == ':') {
				port = Integer.parseInt(server.substring(close + 2));
			}
		}
		else if (colon > 0 && server.indexOf(':') == colon) {
			host = server.substring(0, colon);
			port = Integer.parseInt(server.substring(colon + 1));
		}
		// a literal address: no lookup of the resolver's own name
		return new InetSocketAddress(InetAddressLiteral.parse(host), port);
	}

	Resolution resolve(String host) {
		Name name;
		try {
			name = Name.fromString(host.endsWith(".") ? host : host + ".");
		}
		catch (TextParseException e) {
			return new Resolution(TraceOutcome.UNRESOLVABLE, List.of(), List.of("dns: not a host name"));
		}
		Set<InetAddress> addresses = new LinkedHashSet<>();
		List<String> problems = new ArrayList<>();
		boolean answered = false;
		for (int type : new int[] { Type.A, Type.AAAA }) {
			try {
				Message response = resolver.send(Message.newQuery(Record.newRecord(name, type, DClass.IN)));
				int rcode = response.getRcode();
				if (rcode == Rcode.NXDOMAIN) {
					return new Resolution(TraceOutcome.UNRESOLVABLE, List.of(), List.of("dns: no such name"));
				}
				if (rcode != Rcode.NOERROR) {
					problems.add("dns " + Type.string(type) + ": " + Rcode.string(rcode));
					continue;
				}
				answered = true;
				for (Record record : response.getSection(Section.ANSWER)) {
					if (record instanceof ARecord a) {
						addresses.add(a.getAddress());
					}
					else if (record instanceof AAAARecord aaaa) {
						addresses.add(aaaa.getAddress());
					}
				}
			}
			catch (IOException e) {
				problems.add("dns " + Type.string(type) + ": no answer in time");
			}
		}
		if (!addresses.isEmpty()) {
			return new Resolution(TraceOutcome.TRACED, List.copyOf(addresses), List.copyOf(problems));
		}
		if (answered) {
			return new Resolution(TraceOutcome.UNRESOLVABLE, List.of(), List.of("dns: no address records"));
		}
		return new Resolution(TraceOutcome.FAILED, List.of(), List.copyOf(problems));
	}
}
