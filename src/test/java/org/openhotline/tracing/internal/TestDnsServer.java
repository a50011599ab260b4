package org.openhotline.tracing.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.openhotline.tracing.HostingLoopback;
import org.xbill.DNS.AAAARecord;
import org.openhotline.tracing.HostingLoopback;
import org.xbill.DNS.ARecord;
import org.openhotline.tracing.HostingLoopback;
import org.xbill.DNS.DClass;
import org.openhotline.tracing.HostingLoopback;
import org.xbill.DNS.Flags;
import org.openhotline.tracing.HostingLoopback;
import org.xbill.DNS.Message;
import org.openhotline.tracing.HostingLoopback;
import org.xbill.DNS.Name;
import org.openhotline.tracing.HostingLoopback;
import org.xbill.DNS.Rcode;
import org.openhotline.tracing.HostingLoopback;
import org.xbill.DNS.Record;
import org.openhotline.tracing.HostingLoopback;
import org.xbill.DNS.Section;
import org.openhotline.tracing.HostingLoopback;
import org.xbill.DNS.Type;

/**
 * A DNS server on loopback for tests and benchmarks: answers A and AAAA from its zone,
 * NXDOMAIN for names it does not know, and nothing at all for names marked silent (so the
 * resolver times out). Counts the queries it gets, by name.
 */
public final class TestDnsServer implements AutoCloseable {

	private final DatagramSocket socket;

	private final Map<String, List<InetAddress>> zone = new ConcurrentHashMap<>();

	private final Set<String> silent = ConcurrentHashMap.newKeySet();

	private final Map<String, AtomicInteger> queries = new ConcurrentHashMap<>();

	private final Thread thread;

	public TestDnsServer() throws SocketException {
		socket = new DatagramSocket(0, InetAddressLiteral.parse(HostingLoopback.ADDRESS));
		thread = new Thread(this::serve, "test-dns");
		thread.setDaemon(true);
		thread.start();
	}

	/** {@code address:port}, for openhotline.tracing.dns.servers. */
	public String address() {
		return HostingLoopback.ADDRESS + ":" + socket.getLocalPort();
	}

	public TestDnsServer host(String name, String... addresses) {
		zone.put(key(name), java.util.Arrays.stream(addresses).map(InetAddressLiteral::parse).toList());
		return this;
	}

	public TestDnsServer silent(String name) {
		silent.add(key(name));
		return this;
	}

	public int queriesFor(String name) {
		AtomicInteger count = queries.get(key(name));
		return count == null ? 0 : count.get();
	}

	public int totalQueries() {
		return queries.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	private static String key(String name) {
		return (name.endsWith(".") ? name : name + ".").toLowerCase(java.util.Locale.ROOT);
	}

	private void serve() {
		byte[] buffer = new byte[1500];
		while (!socket.isClosed()) {
			try {
				DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
				socket.receive(packet);
				byte[] answer = answer(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
				if (answer != null) {
					socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
				}
			}
			catch (IOException e) {
				if (socket.isClosed()) {
					return;
				}
			}
		}
	}

	private byte[] answer(byte[] wire) throws IOException {
		Message query = new Message(wire);
		Record question = query.getQuestion();
		Name name = question.getName();
		String key = name.toString().toLowerCase(java.util.Locale.ROOT);
		queries.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
		if (silent.contains(key)) {
			return null;
		}
		Message response = new Message(query.getHeader().getID());
		response.getHeader().setFlag(Flags.QR);
		response.getHeader().setFlag(Flags.RA);
		response.addRecord(question, Section.QUESTION);
		List<InetAddress> addresses = zone.get(key);
		if (addresses == null) {
			response.getHeader().setRcode(Rcode.NXDOMAIN);
			return response.toWire();
		}
		for (InetAddress address : addresses) {
			if (question.getType() == Type.A && address.getAddress().length == 4) {
				response.addRecord(new ARecord(name, DClass.IN, 60, address), Section.ANSWER);
			}
			if (question.getType() == Type.AAAA && address.getAddress().length == 16) {
				response.addRecord(new AAAARecord(name, DClass.IN, 60, address), Section.ANSWER);
			}
		}
		return response.toWire();
	}

	@Override
	public void close() {
		socket.close();
	}
}
