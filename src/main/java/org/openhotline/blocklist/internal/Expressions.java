package org.openhotline.blocklist.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.openhotline.intake.url.CanonicalUrl;

/**
 * The matching rule of the list (docs/url-list-matching.md): which expressions stand for a
 * canonical address and how they are hashed. Members apply the same rule on their side.
 */
public final class Expressions {

	private static final HexFormat HEX = HexFormat.of();

	private Expressions() {
	}

	/** {@code host + path + ("?" + query)}: no scheme, port, fragment or credentials. */
	public static String urlExpression(CanonicalUrl url) {
		String value = url.value();
		// the canonical form has no credentials: the host follows "://", then an optional port, then the path
		int hostStart = value.indexOf("://") + 3;
		int path = value.indexOf('/', hostStart + url.host().length());
		if (!value.startsWith(url.host(), hostStart) || path < 0) {
			throw new IllegalArgumentException("not a canonical URL: " + value);
		}
		return hostExpression(url.host()) + value.substring(path);
	}

	/**
	 * The host alone. A trailing dot names the same host in DNS, so it is dropped: otherwise
	 * "example.com." would escape an item for "example.com" (and be an absolute name in a zone).
	 */
	public static String hostExpression(String asciiHost) {
		String host = asciiHost.endsWith(".") ? asciiHost.substring(0, asciiHost.length() - 1) : asciiHost;
		if (host.isEmpty()) {
			throw new IllegalArgumentException("empty host");
		}
		return host;
	}

	/**
	 * What a member hashes to test an address: its URL expression, then its host and each
	 * parent down to the registrable domain; an IP address or a host without registrable
	 * domain (a public suffix) gives the host alone.
	 */
	public static List<String> lookupExpressions(CanonicalUrl url) {
		List<String> expressions = new ArrayList<>(4);
		expressions.add(urlExpression(url));
		String host = hostExpression(url.host());
		expressions.add(host);
		String registrable = url.registrableDomain();
		if (registrable != null && host.endsWith("." + registrable)) {
			String parent = host;
			while (!parent.equals(registrable)) {
				parent = parent.substring(parent.indexOf('.') + 1);
				expressions.add(parent);
			}
		}
		return List.copyOf(expressions);
	}

	/** SHA-256 of the expression's UTF-8 bytes. */
	public static byte[] sha256(String expression) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(expression.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** Lower-case hex, as hashes appear in every API answer. */
	public static String hex(byte[] bytes) {
		return HEX.formatHex(bytes);
	}

	/** A hash as members send it: 64 hex characters, either case. */
	public static byte[] unhex(String hex) {
		if (hex.length() != 64) {
			throw new IllegalArgumentException("a SHA-256 hash is 64 hex characters");
		}
		return HEX.parseHex(hex);
	}
}
