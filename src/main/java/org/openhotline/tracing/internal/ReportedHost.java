package org.openhotline.tracing.internal;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The host being traced, its registrable domain and its addresses: no registry address may lead there. */
record ReportedHost(String host, @Nullable String registrableDomain, List<String> addresses) {

	/** Whether the name (or address literal) of a registry address is the host, in its domain, or one of its addresses. */
	boolean isNamedBy(String name) {
		String target = name.toLowerCase(Locale.ROOT);
		if (target.endsWith(".")) {
			target = target.substring(0, target.length() - 1);
		}
		if (target.startsWith("[") && target.endsWith("]")) {
			target = target.substring(1, target.length() - 1);
		}
		if (target.equals(host) || target.endsWith("." + host)) {
			return true;
		}
		if (registrableDomain != null && (target.equals(registrableDomain) || target.endsWith("." + registrableDomain))) {
			return true;
		}
		InetAddress literal = InetAddressLiteral.parseOrNull(target);
		return literal != null && isAt(literal);
	}

	boolean isAt(InetAddress address) {
		return addresses.contains(InetAddressLiteral.text(address));
	}
}
