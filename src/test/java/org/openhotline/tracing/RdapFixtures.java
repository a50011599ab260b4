package org.openhotline.tracing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * RDAP answers on loopback, modelled on the examples of RFC 9083: an IP network with a
 * registrant and a nested abuse entity, an autonomous system, a domain with its registrar.
 * Paths not set answer 404. Writes IANA-style bootstrap files that point every registry at
 * this server. Counts requests per path.
 */
public final class RdapFixtures implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, String> answers = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	private final Map<String, String> redirects = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> endless = new ConcurrentHashMap<>();

	static {
		// headers and body leave in one segment: without it Nagle and delayed ACKs add ~40 ms per answer
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	public RdapFixtures() throws IOException {
		server = HttpServer.create(new InetSocketAddress(HostingLoopback.ADDRESS, 0), 256);
		server.setExecutor(Executors.newFixedThreadPool(16));
		server.createContext("/", this::handle);
		server.start();
	}

	public String base() {
		return "http://" + HostingLoopback.ADDRESS + ":" + server.getAddress().getPort() + "/";
	}

	/** Answers {@code path} (e.g. "ip/203.0.113.10") with the JSON. */
	public RdapFixtures answer(String path, String json) {
		answers.put("/" + path, json);
		return this;
	}

	/** Answers {@code path} with a 302 to {@code location}. */
	public RdapFixtures redirect(String path, String location) {
		redirects.put("/" + path, location);
		return this;
	}

	/** Answers {@code path} with a body that goes on (up to 64 MiB) until the client stops reading. */
	public RdapFixtures endless(String path) {
		endless.put("/" + path, new AtomicLong());
		return this;
	}

	/** How many bytes of an endless answer were written before the client stopped reading. */
	public long writtenFor(String path) {
		return endless.get("/" + path).get();
	}

	/** {@code host:port} of this server, as {@code openhotline.tracing.rdap.allowed-insecure-hosts} lists it. */
	public String authority() {
		return HostingLoopback.ADDRESS + ":" + server.getAddress().getPort();
	}

	public int requestsFor(String path) {
		AtomicInteger count = requests.get("/" + path);
		return count == null ? 0 : count.get();
	}

	/** Bootstrap files in {@code directory} that send every registry lookup here. */
	public Path writeBootstrap(Path directory) throws IOException {
		Files.createDirectories(directory);
		String url = "[\"" + base() + "\"]";
		Files.writeString(directory.resolve("ipv4.json"),
				"{\"version\":\"1.0\",\"services\":[[[\"0.0.0.0/0\"]," + url + "]]}");
		Files.writeString(directory.resolve("ipv6.json"), "{\"version\":\"1.0\",\"services\":[[[\"::/0\"]," + url + "]]}");
		Files.writeString(directory.resolve("asn.json"),
				"{\"version\":\"1.0\",\"services\":[[[\"1-4294967295\"]," + url + "]]}");
		Files.writeString(directory.resolve("dns.json"),
				"{\"version\":\"1.0\",\"services\":[[[\"example\",\"test\",\"com\",\"net\",\"org\"]," + url + "]]}");
		return directory;
	}

	/** An IP network as RFC 9083 section 5.4 shows it, with an abuse entity nested in the registrant. */
	public static String network(String handle, String name, String country, String abuseName, String abuseEmail) {
		return """
				{"rdapConformance":["rdap_level_0"],"objectClassName":"ip network","handle":"%s","name":"%s",
				 "country":"%s","ipVersion":"v4",
				 "entities":[{"objectClassName":"entity","handle":"ORG-%s","roles":["registrant"],
				   "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","%s"]]],
				   "entities":[{"objectClassName":"entity","handle":"ABUSE-%s","roles":["abuse"],
				     "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","%s"],
				       ["email",{},"text","%s"]]]}]}]}
				""".formatted(handle, name, country, handle, name, handle, abuseName, abuseEmail);
	}

	/** A network with no abuse contact of its own and a referral to a more specific registration. */
	public static String referral(String handle, String href) {
		return """
				{"rdapConformance":["rdap_level_0"],"objectClassName":"ip network","handle":"%s","name":"ALLOCATION",
				 "links":[{"value":"%s","rel":"related","type":"application/rdap+json","href":"%s"}]}
				""".formatted(handle, href, href);
	}

	public static String autnum(long asn, String name, String abuseEmail) {
		return """
				{"rdapConformance":["rdap_level_0"],"objectClassName":"autnum","handle":"AS%d","startAutnum":%d,
				 "endAutnum":%d,"name":"%s","entities":[{"objectClassName":"entity","roles":["abuse"],
				 "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","%s NOC"],["email",{},"text","%s"]]]}]}
				""".formatted(asn, asn, asn, name, name, abuseEmail);
	}

	public static String domain(String name, String registrar, String abuseEmail) {
		return """
				{"rdapConformance":["rdap_level_0"],"objectClassName":"domain","ldhName":"%s",
				 "entities":[{"objectClassName":"entity","roles":["registrar"],
				   "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","%s"]]],
				   "entities":[{"objectClassName":"entity","roles":["abuse"],
				     "vcardArray":["vcard",[["version",{},"text","4.0"],["email",{},"text","%s"]]]}]}]}
				""".formatted(name, registrar, abuseEmail);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
		if (redirects.containsKey(path)) {
			exchange.getResponseHeaders().set("Location", redirects.get(path));
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
			return;
		}
		if (endless.containsKey(path)) {
			writeEndlessly(exchange, endless.get(path));
			return;
		}
		String json = answers.get(path);
		byte[] body = (json == null ? "{\"errorCode\":404,\"title\":\"Not Found\"}" : json).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/rdap+json");
		exchange.sendResponseHeaders(json == null ? 404 : 200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static void writeEndlessly(HttpExchange exchange, AtomicLong written) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/rdap+json");
		exchange.sendResponseHeaders(200, 0);
		byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write('[');
			for (int i = 0; i < 1024; i++) {
				out.write(chunk);
				written.addAndGet(chunk.length);
			}
		}
		catch (IOException e) {
			// the client stopped reading
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
