package org.openhotline.blocklist.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.openhotline.intake.url.CanonicalUrl;

/** TEMPORARY stub: replaced by the i13-pure branch. */
public final class Expressions {

	private Expressions() {
	}

	public static String urlExpression(CanonicalUrl url) {
		String rest = url.value().substring(url.value().indexOf("://") + 3);
		int slash = rest.indexOf('/');
		return url.host() + (slash < 0 ? "/" : rest.substring(slash));
	}

	public static String hostExpression(String host) {
		return host;
	}

	public static List<String> lookupExpressions(CanonicalUrl url) {
		return List.of(urlExpression(url), url.host());
	}

	public static byte[] sha256(String expression) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(expression.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	public static byte[] unhex(String hex) {
		if (hex.length() != 64) {
			throw new IllegalArgumentException("not a SHA-256");
		}
		return HexFormat.of().parseHex(hex);
	}
}
