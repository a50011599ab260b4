package org.openhotline.exchange;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A referral from one hotline to another, version 1: what the receiver needs to assess and
 * act, never any content nor anything about a reporter. The constructor refuses what the
 * published schema refuses.
 *
 * @param installation the sending installation's id ({@code openhotline.exchange.installation-id})
 * @param reference the sender's reference of the case: the receiver's idempotency key
 * @param addresses one to 10 canonical addresses (http or https)
 * @param interpolClass the class of the sender's assessment: BASELINE or NATIONALLY_ILLEGAL
 */
public record ReferralDocument(int version, String installation, String reference, Instant sentAt,
		List<String> addresses, String interpolClass, Trace trace) {

	public static final int VERSION = 1;

	/** As many as a report takes, so that a referral is one report of the receiver. */
	public static final int MAX_ADDRESSES = 10;

	public static final Set<String> CLASSES = Set.of("BASELINE", "NATIONALLY_ILLEGAL");

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

	/** As long as a canonical address may be (UrlCanonicalizer.MAX_CANONICAL_LENGTH): any case can be referred. */
	public static final int MAX_ADDRESS_LENGTH = 8192;

	private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s\\p{Cntrl}]{1," + (MAX_ADDRESS_LENGTH - 8) + "}");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Pattern IP = Pattern.compile("[0-9a-fA-F.:]{2,45}");

	/**
	 * Where the sender traced the host. Any part may be unknown.
	 *
	 * @param network the name of the network the address is in
	 * @param addresses the IP addresses the host resolved to
	 */
	public record Trace(@Nullable String country, @Nullable Long asn, @Nullable String network, List<String> addresses) {

		public Trace {
			addresses = List.copyOf(addresses);
			if (country != null && !COUNTRY.matcher(country).matches()) {
				throw new IllegalArgumentException("trace.country is not an ISO 3166 alpha-2 code");
			}
			if (asn != null && (asn < 0 || asn > 4294967295L)) {
				throw new IllegalArgumentException("trace.asn is not an AS number");
			}
			if (network != null && !network.equals(networkName(network))) {
				throw new IllegalArgumentException("trace.network is not a network name");
			}
			if (addresses.size() > 50 || !addresses.stream().allMatch(a -> IP.matcher(a).matches())) {
				throw new IllegalArgumentException("trace.addresses are not IP addresses");
			}
		}
	}

	/**
	 * A network's name as a document carries it: without control characters, nor format
	 * characters (bidirectional overrides, zero-width) or line separators that would make it
	 * read otherwise on the receiver's case page; at most 200 characters; none when nothing is
	 * left. The owner of a network names it, so its name is cleaned, never refused.
	 */
	public static @Nullable String networkName(@Nullable String name) {
		if (name == null) {
			return null;
		}
		StringBuilder clean = new StringBuilder();
		name.codePoints().filter(c -> !hidden(c)).forEach(clean::appendCodePoint);
		String stripped = clean.toString().strip();
		if (stripped.length() > 200) {
			int end = Character.isHighSurrogate(stripped.charAt(199)) ? 199 : 200;
			stripped = stripped.substring(0, end).strip();
		}
		return stripped.isEmpty() ? null : stripped;
	}

	private static boolean hidden(int c) {
		int type = Character.getType(c);
		return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
	}

	public ReferralDocument {
		addresses = List.copyOf(addresses);
		sentAt = sentAt.truncatedTo(ChronoUnit.SECONDS);
		if (version != VERSION) {
			throw new IllegalArgumentException("version " + version + " is not known; this installation reads 1");
		}
		if (!TOKEN.matcher(installation).matches()) {
			throw new IllegalArgumentException("installation is not an id");
		}
		if (!TOKEN.matcher(reference).matches()) {
			throw new IllegalArgumentException("reference is not a reference");
		}
		if (addresses.isEmpty() || addresses.size() > MAX_ADDRESSES
				|| !addresses.stream().allMatch(a -> ADDRESS.matcher(a).matches())) {
			throw new IllegalArgumentException("addresses are 1 to " + MAX_ADDRESSES + " http or https URLs");
		}
		if (addresses.stream().distinct().count() != addresses.size()) {
			throw new IllegalArgumentException("an address is given twice");
		}
		if (!CLASSES.contains(interpolClass)) {
			throw new IllegalArgumentException("interpolClass is not BASELINE nor NATIONALLY_ILLEGAL");
		}
	}

	public static ReferralDocument of(String installation, String reference, Instant sentAt, List<String> addresses,
			String interpolClass, Trace trace) {
		return new ReferralDocument(VERSION, installation, reference, sentAt, addresses, interpolClass, trace);
	}
}
