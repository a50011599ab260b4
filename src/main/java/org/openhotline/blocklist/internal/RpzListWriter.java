package org.openhotline.blocklist.internal;

import java.io.OutputStream;

import org.openhotline.blocklist.ListItem;
import org.openhotline.blocklist.Scope;

/**
 * A DNS Response Policy Zone of the host-level items: each host and every name below it
 * answer NXDOMAIN ({@code CNAME .}). Names are relative and there is no $ORIGIN, so a resolver
 * loads the file under whatever zone name it gives the policy.
 */
final class RpzListWriter implements ListWriter {

	private final TextOutput out;

	RpzListWriter(OutputStream out) {
		this.out = new TextOutput(out);
	}

	@Override
	public void start(SignedManifest signed) {
		Manifest manifest = signed.manifest();
		out.line("; list " + manifest.list() + ", version " + manifest.version());
		out.line("; manifest " + signed.json());
		out.line("; signature " + signed.signature());
		out.line("$TTL 300");
		out.line("@ IN SOA localhost. hostmaster.invalid. (" + (manifest.version() & 0xFFFFFFFFL)
				+ " 3600 600 604800 300)");
		out.line("@ IN NS localhost.");
	}

	@Override
	public void item(ListItem item) {
		if (item.scope() != Scope.HOST) {
			return;
		}
		String host = Expressions.hostExpression(item.host());
		if (isDnsName(host)) {
			out.line(escaped(host) + " CNAME .");
			out.line("*." + escaped(host) + " CNAME .");
		}
	}

	@Override
	public void finish() {
		out.flush();
	}

	/** Not an IP address, and short enough for its wildcard to fit in a name. */
	private static boolean isDnsName(String host) {
		if (host.startsWith("[") || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))
				|| host.length() > 251) {
			return false;
		}
		for (String label : host.split("\\.", -1)) {
			if (label.isEmpty() || label.length() > 63) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Characters that a zone file reads as syntax (semicolon, parentheses, quote, dollar, star)
	 * and that a URL's host may hold, as decimal escapes.
	 */
	private static String escaped(String host) {
		StringBuilder out = new StringBuilder(host.length());
		for (char c : host.toCharArray()) {
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') {
				out.append(c);
			}
			else {
				out.append('\\').append(String.format("%03d", (int) c));
			}
		}
		return out.toString();
	}
}
