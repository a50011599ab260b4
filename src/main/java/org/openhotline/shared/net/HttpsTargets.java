package org.openhotline.shared.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The addresses this application itself sends to (a partner's exchange endpoint, an
 * organisation's callback): https, no user-info, only public addresses. Endpoints listed as
 * insecure ({@code host:port}, tests and development only) are called over http and may be at
 * any address.
 */
public final class HttpsTargets {

	public static final int MAX_LENGTH = 2000;

	/** Why an address is refused, as named to whoever registered it. */
	public enum Refusal {
		NOT_A_URL("not-a-url"), NOT_HTTPS("not-https"), USER_INFO("user-info"), TOO_LONG("too-long"),
		NOT_PUBLIC("not-public-address"), NOT_RESOLVED("name-does-not-resolve");

		private final String code;

		Refusal(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}
	}

	/** The address may not be sent to. */
	public static final class Refused extends Exception {

		private static final long serialVersionUID = 1L;

		private final Refusal refusal;

		Refused(Refusal refusal) {
			super(refusal.code(), null, false, false);
			this.refusal = refusal;
		}

		public Refusal refusal() {
			return refusal;
		}
	}

	/**
	 * An IPv4 literal as everyone reads it: four decimal parts without leading zeros. Other
	 * numeric spellings may name a loopback or private address to some reader (0177.0.0.1:
	 * 177.0.0.1 to Java, 127.0.0.1 to the C library; 2130706433: 127.0.0.1) and are refused.
	 */
	private static final Pattern DOTTED_QUAD = Pattern
		.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

	private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");

	private final Set<String> insecure;

	public HttpsTargets(Collection<String> allowedInsecureEndpoints) {
		this.insecure = allowedInsecureEndpoints.stream()
			.map(e -> e.strip().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Names that never lead to the public internet (RFC 6761, RFC 6762, RFC 8375, ICANN's
	 * .internal) and names of one label, which resolve through a local search list.
	 */
	private static final Pattern LOCAL_NAME = Pattern
		.compile("[^.]+|(.+\\.)?(localhost|local|internal|home\\.arpa|localdomain|invalid|test)");

	/**
	 * Whether the address may be registered, without resolving its name (it may resolve
	 * otherwise by the time it is used, so {@link #target} checks again): a literal IP address
	 * must be public, and a name must not be one that only ever names a local host.
	 */
	public Optional<Refusal> refusal(String address) {
		try {
			URI uri = parse(address);
			if (!isInsecureAllowed(uri)) {
				String host = bare(hostOf(uri));
				if (isLiteral(host) ? !PublicAddresses.isPublic(InetAddress.getByName(host))
						: LOCAL_NAME.matcher(host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "")).matches()) {
					return Optional.of(Refusal.NOT_PUBLIC);
				}
			}
			return Optional.empty();
		}
		catch (Refused refused) {
			return Optional.of(refused.refusal());
		}
		catch (UnknownHostException ex) {
			return Optional.of(Refusal.NOT_A_URL);
		}
	}

	/**
	 * The address to call now: the endpoint itself if https and every address its name resolves
	 * to is public; over http for an endpoint listed as insecure. The residual risk of a name
	 * resolving otherwise a moment later is small: https still needs the name's certificate.
	 */
	public URI target(String address) throws Refused {
		URI uri = parse(address);
		if (isInsecureAllowed(uri)) {
			return URI.create("http://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath())
					+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(bare(hostOf(uri)));
		}
		catch (UnknownHostException ex) {
			throw new Refused(Refusal.NOT_RESOLVED);
		}
		for (InetAddress resolved : addresses) {
			if (!PublicAddresses.isPublic(resolved)) {
				throw new Refused(Refusal.NOT_PUBLIC);
			}
		}
		return uri;
	}

	private static URI parse(String address) throws Refused {
		if (address.length() > MAX_LENGTH) {
			throw new Refused(Refusal.TOO_LONG);
		}
		URI uri;
		try {
			uri = new URI(address);
		}
		catch (URISyntaxException ex) {
			throw new Refused(Refusal.NOT_A_URL);
		}
		if (!uri.isAbsolute() || uri.isOpaque()) {
			throw new Refused(Refusal.NOT_A_URL);
		}
		if (!"https".equalsIgnoreCase(uri.getScheme())) {
			throw new Refused(Refusal.NOT_HTTPS);
		}
		if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
			throw new Refused(Refusal.USER_INFO);
		}
		if (uri.getHost() == null || uri.getRawFragment() != null || uri.getPort() == 0 || uri.getPort() > 65535) {
			throw new Refused(Refusal.NOT_A_URL);
		}
		if (DIGITS_AND_DOTS.matcher(uri.getHost()).matches() && !DOTTED_QUAD.matcher(uri.getHost()).matches()) {
			throw new Refused(Refusal.NOT_PUBLIC);
		}
		return uri;
	}

	private boolean isInsecureAllowed(URI uri) throws Refused {
		int port = uri.getPort() == -1 ? 443 : uri.getPort();
		return insecure.contains(hostOf(uri).toLowerCase(Locale.ROOT) + ":" + port);
	}

	private static String hostOf(URI uri) throws Refused {
		@Nullable String host = uri.getHost();
		if (host == null) {
			throw new Refused(Refusal.NOT_A_URL);
		}
		return host;
	}

	private static String bare(String host) {
		return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
	}

	/** An IPv4 literal in dotted form or an IPv6 literal (InetAddress then parses without a lookup). */
	private static boolean isLiteral(String host) {
		return host.contains(":") || host.matches("[0-9.]+");
	}
}
