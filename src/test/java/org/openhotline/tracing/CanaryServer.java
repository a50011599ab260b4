package org.openhotline.tracing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/** Stands at a reported address and counts every request it gets: the app must send none. */
public final class CanaryServer implements AutoCloseable {

	private final HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	public CanaryServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(HostingLoopback.ADDRESS, 0), 16);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.start();
	}

	public int port() {
		return server.getAddress().getPort();
	}

	public int requests() {
		return requests.get();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
