package org.openhotline.intake.url;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.SpoofChecker;

/**
 * Turns what a person pasted into the one canonical form of a reported address. It is
 * lenient with how people paste (no scheme, surrounding quotes or brackets, trailing
 * punctuation, hxxp and [.], full-width characters, invisible characters) and strict with
 * what it keeps: http and https only, public hosts only, and the WHATWG serialisation
 * without fragment and credentials. It never contacts the address.
 */
public final class UrlCanonicalizer {

	/** Longest pasted text taken at all; longer input is refused without being parsed. */
	public static final int MAX_INPUT_LENGTH = 8000;

	/** Longest canonical URL kept (percent-encoding can make it longer than the input). */
	public static final int MAX_CANONICAL_LENGTH = 8192;

	private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):(.*)$", Pattern.DOTALL);

	private static final Pattern SCHEME_AND_SLASHES = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:/?$");

	private static final Pattern DEFANGED_SCHEME = Pattern.compile("^h(?:xx|XX|Xx|xX|\\*\\*)p(s?)(?=[:\\[])");

	private static final Pattern DEFANGED_DOT = Pattern.compile("\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)",
			Pattern.CASE_INSENSITIVE);

	private static final String INVISIBLE = "\u200B\u2060\uFEFF\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C";

	private static final String TRAILING_PUNCTUATION = ".,;:!»”’";

	private static final SpoofChecker MIXED_SCRIPT = new SpoofChecker.Builder()
		.setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE)
		.build();

	private static final SpoofChecker SKELETON = new SpoofChecker.Builder().build();

	private final PublicSuffixList publicSuffixList;

	private final IpAddressPolicy ipAddressPolicy;

	public UrlCanonicalizer(PublicSuffixList publicSuffixList, boolean documentationAddressesAllowed) {
		this.publicSuffixList = publicSuffixList;
		this.ipAddressPolicy = new IpAddressPolicy(documentationAddressesAllowed);
	}

	public CanonicalizationResult canonicalize(String pasted) {
		if (pasted.length() > MAX_INPUT_LENGTH) {
			return new CanonicalizationResult.Rejected(UrlRejection.TOO_LONG);
		}
		Set<UrlFlag> flags = EnumSet.noneOf(UrlFlag.class);
		String text = removeInvisible(pasted.strip(), flags).strip();
		if (text.isEmpty()) {
			return new CanonicalizationResult.Rejected(UrlRejection.EMPTY);
		}
		// Trailing punctuation is most often the end of a sentence: try without it first,
		// and keep it where the address is only valid with it.
		String unwrapped = unwrap(text);
		CanonicalizationResult result = unwrapped.isEmpty() ? new CanonicalizationResult.Rejected(UrlRejection.EMPTY)
				: parse(unwrapped, flags);
		if (result instanceof CanonicalizationResult.Rejected rejected && rejected.reason() == UrlRejection.INVALID
				&& !unwrapped.equals(text)) {
			CanonicalizationResult asTyped = parse(text, EnumSet.copyOf(flags));
			if (asTyped instanceof CanonicalizationResult.Accepted) {
				return asTyped;
			}
		}
		return result;
	}

	private CanonicalizationResult parse(String text, Set<UrlFlag> flags) {
		String prepared = withScheme(undefang(foldFullWidthPrefix(text), flags));
		if (prepared == null) {
			return new CanonicalizationResult.Rejected(UrlRejection.UNSUPPORTED_SCHEME);
		}
		WhatwgUrl url;
		try {
			url = WhatwgUrlParser.parse(prepared);
		}
		catch (UnsupportedSchemeException ex) {
			return new CanonicalizationResult.Rejected(UrlRejection.UNSUPPORTED_SCHEME);
		}
		catch (UrlParseException ex) {
			return new CanonicalizationResult.Rejected(UrlRejection.INVALID);
		}
		return check(url, flags);
	}

	/**
	 * The checks and flags on an address the WHATWG parser accepted; used by
	 * {@link #canonicalize} and by conformance tests on the parser's own output.
	 */
	CanonicalizationResult check(WhatwgUrl url, Set<UrlFlag> flags) {
		if (!url.scheme().equals("http") && !url.scheme().equals("https")) {
			return new CanonicalizationResult.Rejected(UrlRejection.UNSUPPORTED_SCHEME);
		}
		if (!url.username().isEmpty() || !url.password().isEmpty()) {
			flags.add(UrlFlag.CREDENTIALS_REMOVED);
		}
		WhatwgUrl canonical = url.withoutCredentialsAndFragment();
		String host = canonical.host();
		String registrableDomain = null;
		String displayHost = host;
		if (canonical.isIpAddress()) {
			if (!ipAddressPolicy.isPublic(host)) {
				return new CanonicalizationResult.Rejected(UrlRejection.NOT_PUBLIC_ADDRESS);
			}
			flags.add(UrlFlag.IP_ADDRESS);
		}
		else {
			String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
			if (!name.contains(".") || name.equals("localhost") || name.endsWith(".localhost")) {
				return new CanonicalizationResult.Rejected(UrlRejection.NOT_PUBLIC_HOST);
			}
			if (name.endsWith(".onion")) {
				flags.add(UrlFlag.ONION);
			}
			displayHost = HostParser.domainToUnicode(host);
			flagLookAlikes(displayHost, flags);
			registrableDomain = publicSuffixList.registrableDomain(name);
		}
		String value = canonical.withoutFragment();
		if (value.length() > MAX_CANONICAL_LENGTH) {
			return new CanonicalizationResult.Rejected(UrlRejection.TOO_LONG);
		}
		String display = displayHost.equals(host) ? value : value.replaceFirst(Pattern.quote(host), Matcher.quoteReplacement(displayHost));
		return new CanonicalizationResult.Accepted(new CanonicalUrl(value, display, host, registrableDomain, flags));
	}

	private static void flagLookAlikes(String unicodeHost, Set<UrlFlag> flags) {
		for (String label : unicodeHost.split("\\.")) {
			if (label.chars().allMatch(c -> c < 0x80)) {
				continue;
			}
			if (MIXED_SCRIPT.failsChecks(label)) {
				flags.add(UrlFlag.MIXED_SCRIPT);
			}
			String skeleton = SKELETON.getSkeleton(label);
			if (skeleton.chars().allMatch(c -> c < 0x80)) {
				flags.add(UrlFlag.CONFUSABLE);
			}
		}
	}

	/**
	 * Removes bidi controls and zero-width characters that copying from a chat or a
	 * right-to-left page adds around an address and inside its host. Inside the path and
	 * query they are kept (percent-encoded), as a browser would request them.
	 */
	private static String removeInvisible(String text, Set<UrlFlag> flags) {
		int hostEnd = hostEnd(text);
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean atEdge = i < hostEnd || isInvisibleToEnd(text, i);
			if (atEdge && INVISIBLE.indexOf(c) >= 0) {
				flags.add(UrlFlag.INVISIBLE_CHARACTERS_REMOVED);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean isInvisibleToEnd(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			if (INVISIBLE.indexOf(text.charAt(i)) < 0 && !Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** Where the host ends: the first slash, backslash, question mark or hash after "//" (or from the start). */
	private static int hostEnd(String text) {
		int authority = text.indexOf("//");
		int from = authority >= 0 && authority < 12 ? authority + 2 : 0;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '/' || c == '\\' || c == '?' || c == '#') {
				return i;
			}
		}
		return text.length();
	}

	/** Removes quotes or brackets around the whole text and punctuation that ends a sentence. */
	private static String unwrap(String text) {
		String current = text;
		while (true) {
			String before = current;
			if (current.length() >= 2) {
				char first = current.charAt(0);
				char last = current.charAt(current.length() - 1);
				if ((first == '<' && last == '>') || (first == '"' && last == '"') || (first == '\'' && last == '\'')
						|| (first == '(' && last == ')') || (first == '«' && last == '»')
						|| (first == '“' && last == '”')) {
					current = current.substring(1, current.length() - 1).strip();
				}
			}
			while (!current.isEmpty() && endsWithStrayPunctuation(current)) {
				current = current.substring(0, current.length() - 1).stripTrailing();
			}
			if (current.equals(before)) {
				return current;
			}
		}
	}

	private static boolean endsWithStrayPunctuation(String text) {
		char last = text.charAt(text.length() - 1);
		if (TRAILING_PUNCTUATION.indexOf(last) >= 0) {
			// "/." and "/.." are dot segments, not punctuation
			return !(last == '.' && (text.endsWith("/.") || text.endsWith("/..")));
		}
		if (last == ')') {
			return count(text, '(') < count(text, ')');
		}
		if (last == ']') {
			return count(text, '[') < count(text, ']');
		}
		return false;
	}

	private static long count(String text, char c) {
		return text.chars().filter(x -> x == c).count();
	}

	/**
	 * Full-width forms (U+FF01–FF5E) typed on East Asian keyboards: folded to ASCII in the
	 * scheme, and where they end the host (／ ？ ＃ ：). The host itself is left to UTS #46,
	 * which maps full-width letters as browsers do (and refuses a full-width ％, as they do).
	 */
	private static String foldFullWidthPrefix(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean inHost = false;
		int i = 0;
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
			if (inHost) {
				if ("/\\?#:".indexOf(folded) >= 0) {
					out.append(folded);
					i++;
					break;
				}
				out.append(c);
				continue;
			}
			if (folded == '/' && SCHEME_AND_SLASHES.matcher(out).matches()) {
				out.append('/');
				inHost = out.charAt(out.length() - 2) == '/';
				continue;
			}
			if (!(Character.isLetterOrDigit(folded) && folded < 0x80) && "+.-:".indexOf(folded) < 0) {
				break;
			}
			out.append(folded);
		}
		return out.append(text, i, text.length()).toString();
	}

	private static String undefang(String text, Set<UrlFlag> flags) {
		String restored = DEFANGED_SCHEME.matcher(text).replaceFirst("http$1");
		restored = restored.replaceFirst("^(https?)\\[:\\]", "$1:");
		restored = DEFANGED_DOT.matcher(restored).replaceAll(".");
		if (!restored.equals(text)) {
			flags.add(UrlFlag.DEFANGED);
		}
		return restored;
	}

	/** The text with an http scheme where it had none; {@code null} for another scheme. */
	private static String withScheme(String text) {
		if (text.startsWith("//")) {
			return "http:" + text;
		}
		Matcher scheme = SCHEME.matcher(text);
		if (!scheme.matches()) {
			return "http://" + text;
		}
		String name = scheme.group(1).toLowerCase(Locale.ROOT);
		String rest = scheme.group(2);
		if (name.equals("http") || name.equals("https")) {
			return text;
		}
		// "example.com:8080/path" and "localhost:80": a host and a port, not a scheme
		if (!rest.startsWith("/") && (name.contains(".") || name.equals("localhost"))) {
			return "http://" + text;
		}
		return null;
	}
}
