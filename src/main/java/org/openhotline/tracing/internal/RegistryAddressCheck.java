package org.openhotline.tracing.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.net.PublicAddresses;

/**
 * The one check every registry address passes before it is asked, the first of a lookup as
 * much as a redirect or a referral: https, no user info, not the reported host by name, and
 * the name resolved with every address public and none of the reported host's. Only hosts
 * listed in {@code openhotline.tracing.rdap.allowed-insecure-hosts} (tests, development) may
 * be asked over http and at non-public addresses.
 * <p>
 * Residual risk: java.net.http resolves the name again when it connects and cannot be told
 * which address to use while still verifying the certificate against the name. The JVM's
 * address cache ({@code networkaddress.cache.ttl}, 30 s by default) normally hands it the
 * addresses checked here, but a record that expires in between could point elsewhere (DNS
 * rebinding); https then still requires a certificate for the registry's name.
 */
class RegistryAddressCheck {

	/** Resolves a registry's name to all its addresses. */
	interface AddressLookup {

		InetAddress[] all(String host) throws UnknownHostException;
	}

	/** Why a registry address is not asked. */
	enum Refusal {

		NOT_A_REGISTRY_ADDRESS("not an http(s) address"), REPORTED_HOST("points at the reported host"),
		NOT_HTTPS("not https"), UNRESOLVABLE("name does not resolve"), NOT_PUBLIC("not a public address");

		final String text;

		Refusal(String text) {
			this.text = text;
		}
	}

	private final Set<String> allowedInsecure;

	private final AddressLookup lookup;

	RegistryAddressCheck(List<String> allowedInsecureHosts, AddressLookup lookup) {
		this.allowedInsecure = allowedInsecureHosts.stream()
			.map(h -> h.trim().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		this.lookup = lookup;
	}

	/** Why the address may not be asked, or null when it may. */
	@Nullable Refusal refusal(URI uri, ReportedHost reported) {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		String host = uri.getHost();
		if (!("https".equals(scheme) || "http".equals(scheme)) || host == null || uri.getRawUserInfo() != null) {
			return Refusal.NOT_A_REGISTRY_ADDRESS;
		}
		if (reported.isNamedBy(host)) {
			return Refusal.REPORTED_HOST;
		}
		boolean allowed = allowedInsecure.contains(authority(uri, scheme, host));
		if (!"https".equals(scheme) && !allowed) {
			return Refusal.NOT_HTTPS;
		}
		InetAddress[] addresses;
		InetAddress literal = InetAddressLiteral.parseOrNull(host);
		try {
			addresses = literal != null ? new InetAddress[] { literal } : lookup.all(host);
		}
		catch (UnknownHostException e) {
			return Refusal.UNRESOLVABLE;
		}
		if (addresses.length == 0) {
			return Refusal.UNRESOLVABLE;
		}
		for (InetAddress address : addresses) {
			if (reported.isAt(address)) {
				return Refusal.REPORTED_HOST;
			}
		}
		for (InetAddress address : addresses) {
			if (!allowed && !PublicAddresses.isPublic(address)) {
				return Refusal.NOT_PUBLIC;
			}
		}
		return null;
	}

	private static String authority(URI uri, String scheme, String host) {
		int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
		return host.toLowerCase(Locale.ROOT) + ":" + port;
	}
}
