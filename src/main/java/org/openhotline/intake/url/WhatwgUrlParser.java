package org.openhotline.intake.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The basic URL parser of the WHATWG URL Standard (https://url.spec.whatwg.org/), for the
 * special schemes other than {@code file}: it turns what a person pasted into the URL a
 * browser would request. Other schemes are refused, as the system only takes web
 * addresses. Conformance is tested against the web-platform-tests URL vectors.
 */
public final class WhatwgUrlParser {

	static final Map<String, Integer> SPECIAL_SCHEMES = Map.of("http", 80, "https", 443, "ws", 80, "wss", 443,
			"ftp", 21);

	private static final int EOF = -1;

	private enum State {
		SCHEME_START, SCHEME, NO_SCHEME, SPECIAL_RELATIVE_OR_AUTHORITY, RELATIVE, RELATIVE_SLASH,
		SPECIAL_AUTHORITY_SLASHES, SPECIAL_AUTHORITY_IGNORE_SLASHES, AUTHORITY, HOST, PORT, PATH_START, PATH, QUERY,
		FRAGMENT
	}

	private WhatwgUrlParser() {
	}

	public static WhatwgUrl parse(String input) throws UrlParseException {
		return parse(input, null);
	}

	public static WhatwgUrl parse(String input, @Nullable WhatwgUrl base) throws UrlParseException {
		return new Run(preprocess(input), base).run();
	}

	/** Trims C0 controls and spaces, removes tabs and newlines, and makes the text a scalar value string. */
	private static int[] preprocess(String input) {
		int start = 0;
		int end = input.length();
		while (start < end && input.charAt(start) <= 0x20) {
			start++;
		}
		while (end > start && input.charAt(end - 1) <= 0x20) {
			end--;
		}
		StringBuilder cleaned = new StringBuilder(end - start);
		for (int i = start; i < end; i++) {
			char c = input.charAt(i);
			if (c == '\t' || c == '\n' || c == '\r') {
				continue;
			}
			if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(input.charAt(i + 1))) {
				cleaned.append(c).append(input.charAt(++i));
			}
			else if (Character.isSurrogate(c)) {
				cleaned.append('\uFFFD');
			}
			else {
				cleaned.append(c);
			}
		}
		return cleaned.codePoints().toArray();
	}

	private static final class Run {

		private final int[] input;

		private final @Nullable WhatwgUrl base;

		private String scheme = "";

		private String username = "";

		private String password = "";

		private @Nullable String host;

		private @Nullable Integer port;

		private List<String> path = new ArrayList<>();

		private @Nullable String query;

		private @Nullable StringBuilder fragment;

		Run(int[] input, @Nullable WhatwgUrl base) {
			this.input = input;
			this.base = base;
		}

		WhatwgUrl run() throws UrlParseException {
			State state = State.SCHEME_START;
			StringBuilder buffer = new StringBuilder();
			boolean atSignSeen = false;
			boolean insideBrackets = false;
			boolean passwordTokenSeen = false;
			for (int pointer = 0; pointer <= input.length; pointer++) {
				int c = pointer < input.length ? input[pointer] : EOF;
				switch (state) {
					case SCHEME_START -> {
						if (isAsciiAlpha(c)) {
							buffer.appendCodePoint(Character.toLowerCase(c));
							state = State.SCHEME;
						}
						else {
							state = State.NO_SCHEME;
							pointer--;
						}
					}
					case SCHEME -> {
						if (isAsciiAlphanumeric(c) || c == '+' || c == '-' || c == '.') {
							buffer.appendCodePoint(Character.toLowerCase(c));
						}
						else if (c == ':') {
							scheme = buffer.toString();
							buffer.setLength(0);
							if (!SPECIAL_SCHEMES.containsKey(scheme)) {
								throw new UnsupportedSchemeException(scheme);
							}
							if (base != null && base.scheme().equals(scheme)) {
								state = State.SPECIAL_RELATIVE_OR_AUTHORITY;
							}
							else {
								state = State.SPECIAL_AUTHORITY_SLASHES;
							}
						}
						else {
							buffer.setLength(0);
							state = State.NO_SCHEME;
							pointer = -1;
						}
					}
					case NO_SCHEME -> {
						if (base == null) {
							throw new UrlParseException("no scheme");
						}
						state = State.RELATIVE;
						pointer--;
					}
					case SPECIAL_RELATIVE_OR_AUTHORITY -> {
						if (c == '/' && remainingStartsWith(pointer, '/')) {
							state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
							pointer++;
						}
						else {
							state = State.RELATIVE;
							pointer--;
						}
					}
					case RELATIVE -> {
						WhatwgUrl b = requireBase();
						scheme = b.scheme();
						if (c == '/' || c == '\\') {
							state = State.RELATIVE_SLASH;
						}
						else {
							copyAuthority(b);
							path = new ArrayList<>(b.path());
							query = b.query();
							if (c == '?') {
								query = "";
								state = State.QUERY;
							}
							else if (c == '#') {
								fragment = new StringBuilder();
								state = State.FRAGMENT;
							}
							else if (c != EOF) {
								query = null;
								shortenPath();
								state = State.PATH;
								pointer--;
							}
						}
					}
					case RELATIVE_SLASH -> {
						if (c == '/' || c == '\\') {
							state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
						}
						else {
							copyAuthority(requireBase());
							state = State.PATH;
							pointer--;
						}
					}
					case SPECIAL_AUTHORITY_SLASHES -> {
						state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
						if (c == '/' && remainingStartsWith(pointer, '/')) {
							pointer++;
						}
						else {
							pointer--;
						}
					}
					case SPECIAL_AUTHORITY_IGNORE_SLASHES -> {
						if (c != '/' && c != '\\') {
							state = State.AUTHORITY;
							pointer--;
						}
					}
					case AUTHORITY -> {
						if (c == '@') {
							if (atSignSeen) {
								buffer.insert(0, "%40");
							}
							atSignSeen = true;
							StringBuilder user = new StringBuilder(username);
							StringBuilder pass = new StringBuilder(password);
							for (int cp : buffer.codePoints().toArray()) {
								if (cp == ':' && !passwordTokenSeen) {
									passwordTokenSeen = true;
									continue;
								}
								PercentEncoding.USERINFO.append(passwordTokenSeen ? pass : user, cp);
							}
							username = user.toString();
							password = pass.toString();
							buffer.setLength(0);
						}
						else if (c == EOF || c == '/' || c == '?' || c == '#' || c == '\\') {
							if (atSignSeen && buffer.isEmpty()) {
								throw new UrlParseException("credentials without a host");
							}
							pointer -= buffer.codePointCount(0, buffer.length()) + 1;
							buffer.setLength(0);
							state = State.HOST;
						}
						else {
							buffer.appendCodePoint(c);
						}
					}
					case HOST -> {
						if (c == ':' && !insideBrackets) {
							if (buffer.isEmpty()) {
								throw new UrlParseException("missing host");
							}
							host = HostParser.parse(buffer.toString());
							buffer.setLength(0);
							state = State.PORT;
						}
						else if (c == EOF || c == '/' || c == '?' || c == '#' || c == '\\') {
							pointer--;
							if (buffer.isEmpty()) {
								throw new UrlParseException("missing host");
							}
							host = HostParser.parse(buffer.toString());
							buffer.setLength(0);
							state = State.PATH_START;
						}
						else {
							if (c == '[') {
								insideBrackets = true;
							}
							if (c == ']') {
								insideBrackets = false;
							}
							buffer.appendCodePoint(c);
						}
					}
					case PORT -> {
						if (c >= '0' && c <= '9') {
							buffer.appendCodePoint(c);
							if (portValue(buffer) > 65535) {
								throw new UrlParseException("port out of range");
							}
						}
						else if (c == EOF || c == '/' || c == '?' || c == '#' || c == '\\') {
							if (!buffer.isEmpty()) {
								int value = portValue(buffer);
								port = SPECIAL_SCHEMES.get(scheme) == value ? null : value;
								buffer.setLength(0);
							}
							state = State.PATH_START;
							pointer--;
						}
						else {
							throw new UrlParseException("invalid port");
						}
					}
					case PATH_START -> {
						state = State.PATH;
						if (c != '/' && c != '\\') {
							pointer--;
						}
					}
					case PATH -> {
						if (c == EOF || c == '/' || c == '\\' || c == '?' || c == '#') {
							String segment = buffer.toString();
							boolean slash = c == '/' || c == '\\';
							if (isDoubleDot(segment)) {
								shortenPath();
								if (!slash) {
									path.add("");
								}
							}
							else if (isSingleDot(segment)) {
								if (!slash) {
									path.add("");
								}
							}
							else {
								path.add(segment);
							}
							buffer.setLength(0);
							if (c == '?') {
								query = "";
								state = State.QUERY;
							}
							else if (c == '#') {
								fragment = new StringBuilder();
								state = State.FRAGMENT;
							}
						}
						else {
							PercentEncoding.PATH.append(buffer, c);
						}
					}
					case QUERY -> {
						if (c == '#' || c == EOF) {
							query = query + PercentEncoding.SPECIAL_QUERY.encode(buffer.toString());
							buffer.setLength(0);
							if (c == '#') {
								fragment = new StringBuilder();
								state = State.FRAGMENT;
							}
						}
						else {
							buffer.appendCodePoint(c);
						}
					}
					case FRAGMENT -> {
						if (c != EOF && fragment != null) {
							PercentEncoding.FRAGMENT.append(fragment, c);
						}
					}
				}
			}
			if (host == null) {
				throw new UrlParseException("missing host");
			}
			return new WhatwgUrl(scheme, username, password, host, port, path, query,
					fragment == null ? null : fragment.toString());
		}

		private WhatwgUrl requireBase() throws UrlParseException {
			if (base == null) {
				throw new UrlParseException("no scheme");
			}
			return base;
		}

		private void copyAuthority(WhatwgUrl from) {
			username = from.username();
			password = from.password();
			host = from.host();
			port = from.port();
		}

		private void shortenPath() {
			if (!path.isEmpty()) {
				path.remove(path.size() - 1);
			}
		}

		private boolean remainingStartsWith(int pointer, int c) {
			return pointer + 1 < input.length && input[pointer + 1] == c;
		}
	}

	private static int portValue(CharSequence digits) {
		int value = 0;
		for (int i = 0; i < digits.length(); i++) {
			value = value * 10 + (digits.charAt(i) - '0');
			if (value > 65535) {
				return 65536;
			}
		}
		return value;
	}

	private static boolean isSingleDot(String segment) {
		return segment.equals(".") || segment.equalsIgnoreCase("%2e");
	}

	private static boolean isDoubleDot(String segment) {
		return switch (segment.toLowerCase()) {
			case "..", ".%2e", "%2e.", "%2e%2e" -> true;
			default -> false;
		};
	}

	private static boolean isAsciiAlpha(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isAsciiAlphanumeric(int c) {
		return isAsciiAlpha(c) || (c >= '0' && c <= '9');
	}
}
