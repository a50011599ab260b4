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
		this(HostingLoopback.ADDRESS);
	}

	/** A canary on another loopback address, e.g. 127.0.0.1, where a hostile registry might send the app. */
	public CanaryServer(String address) throws IOException {
		server = HttpServer.create(new InetSocketAddress(address, 0), 16);
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
