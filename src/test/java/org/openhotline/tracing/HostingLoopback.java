package org.openhotline.tracing;

/**
 * The loopback address the hosting world of the tests lives on (DNS, registries, canary):
 * not 127.0.0.1, which is the test reporters' own address and must appear nowhere
 * (AnonymityTests searches the whole database for it).
 */
public final class HostingLoopback {

	public static final String ADDRESS = "127.0.0.2";

	private HostingLoopback() {
	}
}
