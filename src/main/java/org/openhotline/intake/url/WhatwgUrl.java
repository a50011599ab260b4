package org.openhotline.intake.url;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A URL with a special scheme (http, https, ws, wss, ftp) as the WHATWG URL Standard
 * parses it: what a browser would request for the text a person pasted.
 *
 * @param host the serialised host: a lower-case ASCII domain, a dotted IPv4 address or a
 * bracketed IPv6 address
 * @param port the port, or {@code null} for the scheme's default port
 * @param path the path segments, already percent-encoded
 */
public record WhatwgUrl(String scheme, String username, String password, String host, @Nullable Integer port,
		List<String> path, @Nullable String query, @Nullable String fragment) {

	public WhatwgUrl {
		path = List.copyOf(path);
	}

	public String href() {
		return withoutFragment() + (fragment == null ? "" : "#" + fragment);
	}

	/** The serialisation without its fragment: what is sent to a server. */
	public String withoutFragment() {
		StringBuilder out = new StringBuilder(scheme).append("://");
		if (!username.isEmpty() || !password.isEmpty()) {
			out.append(username);
			if (!password.isEmpty()) {
				out.append(':').append(password);
			}
			out.append('@');
		}
		out.append(host);
		if (port != null) {
			out.append(':').append(port);
		}
		for (String segment : path) {
			out.append('/').append(segment);
		}
		if (query != null) {
			out.append('?').append(query);
		}
		return out.toString();
	}

	public boolean isIpAddress() {
		return host.startsWith("[") || HostParser.isIpv4Literal(host);
	}

	public WhatwgUrl withoutCredentialsAndFragment() {
		return new WhatwgUrl(scheme, "", "", host, port, path, query, null);
	}
}
