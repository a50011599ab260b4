package org.openhotline.intake.url;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.IDNA;

import org.openhotline.shared.net.Ipv6Text;

/**
 * The host parser of the WHATWG URL Standard for special URLs: IPv6 literals, IPv4 in
 * every form browsers accept (octal, hex, fewer parts) and domains through UTS #46.
 */
final class HostParser {

	private static final IDNA UTS46 = IDNA
		.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE | IDNA.CHECK_BIDI
				| IDNA.CHECK_CONTEXTJ);

	/** Errors that UTS #46 reports but the URL Standard ignores (CheckHyphens and VerifyDnsLength are false). */
	private static final List<IDNA.Error> IGNORED = List.of(IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN,
			IDNA.Error.HYPHEN_3_4, IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG,
			IDNA.Error.DOMAIN_NAME_TOO_LONG);

	private static final String FORBIDDEN_HOST = "\u0000\t\n\r #/:<>?@[\\]^|";

	private HostParser() {
	}

	static String parse(String input) throws UrlParseException {
		if (input.startsWith("[")) {
			if (!input.endsWith("]")) {
				throw new UrlParseException("IPv6 address is not closed");
			}
			return "[" + Ipv6Text.of(parseIpv6(input.substring(1, input.length() - 1))) + "]";
		}
		String domain = utf8DecodeWithoutBom(PercentEncoding.decode(input));
		String asciiDomain = domainToAscii(domain);
		for (int i = 0; i < asciiDomain.length(); i++) {
			char c = asciiDomain.charAt(i);
			if (c < 0x20 || c == '%' || c == 0x7F || FORBIDDEN_HOST.indexOf(c) >= 0) {
				throw new UrlParseException("forbidden character in host");
			}
		}
		if (endsInANumber(asciiDomain)) {
			return serializeIpv4(parseIpv4(asciiDomain));
		}
		return asciiDomain;
	}

	static String domainToAscii(String domain) throws UrlParseException {
		if (isPlainAscii(domain)) {
			return domain.toLowerCase(Locale.ROOT);
		}
		StringBuilder out = new StringBuilder();
		IDNA.Info info = new IDNA.Info();
		UTS46.nameToASCII(domain, out, info);
		for (IDNA.Error error : info.getErrors()) {
			if (!IGNORED.contains(error)) {
				throw new UrlParseException("invalid international domain name: " + error);
			}
		}
		if (out.isEmpty()) {
			throw new UrlParseException("empty host");
		}
		return out.toString();
	}

	/** The Unicode form of an ASCII domain, for display; the ASCII form where it does not convert. */
	static String domainToUnicode(String asciiDomain) {
		if (!asciiDomain.contains("xn--")) {
			return asciiDomain;
		}
		StringBuilder out = new StringBuilder();
		IDNA.Info info = new IDNA.Info();
		UTS46.nameToUnicode(asciiDomain, out, info);
		return info.hasErrors() ? asciiDomain : out.toString();
	}

	private static boolean isPlainAscii(String domain) {
		for (int i = 0; i < domain.length(); i++) {
			if (domain.charAt(i) >= 0x80) {
				return false;
			}
		}
		for (String label : domain.split("\\.", -1)) {
			if (label.regionMatches(true, 0, "xn--", 0, 4)) {
				return false;
			}
		}
		return true;
	}

	private static String utf8DecodeWithoutBom(byte[] bytes) {
		int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean isIpv4Literal(String host) {
		return !host.isEmpty() && host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))
				&& host.split("\\.").length == 4;
	}

	private static boolean endsInANumber(String input) {
		List<String> parts = new ArrayList<>(List.of(input.split("\\.", -1)));
		if (parts.get(parts.size() - 1).isEmpty()) {
			if (parts.size() == 1) {
				return false;
			}
			parts.remove(parts.size() - 1);
		}
		String last = parts.get(parts.size() - 1);
		if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return true;
		}
		return parseIpv4Number(last) != null;
	}

	private static long parseIpv4(String input) throws UrlParseException {
		List<String> parts = new ArrayList<>(List.of(input.split("\\.", -1)));
		if (parts.get(parts.size() - 1).isEmpty() && parts.size() > 1) {
			parts.remove(parts.size() - 1);
		}
		if (parts.size() > 4) {
			throw new UrlParseException("IPv4 address has too many parts");
		}
		List<BigInteger> numbers = new ArrayList<>();
		for (String part : parts) {
			BigInteger n = parseIpv4Number(part);
			if (n == null) {
				throw new UrlParseException("IPv4 address has a non-numeric part");
			}
			numbers.add(n);
		}
		BigInteger max = BigInteger.valueOf(255);
		for (int i = 0; i < numbers.size() - 1; i++) {
			if (numbers.get(i).compareTo(max) > 0) {
				throw new UrlParseException("IPv4 address part out of range");
			}
		}
		BigInteger last = numbers.get(numbers.size() - 1);
		if (last.compareTo(BigInteger.valueOf(256).pow(5 - numbers.size())) >= 0) {
			throw new UrlParseException("IPv4 address out of range");
		}
		long ipv4 = last.longValue();
		for (int i = 0; i < numbers.size() - 1; i++) {
			ipv4 += numbers.get(i).longValue() << (8 * (3 - i));
		}
		return ipv4;
	}

	private static BigInteger parseIpv4Number(String input) {
		if (input.isEmpty()) {
			return null;
		}
		int radix = 10;
		String digits = input;
		if (digits.length() >= 2 && (digits.startsWith("0x") || digits.startsWith("0X"))) {
			radix = 16;
			digits = digits.substring(2);
		}
		else if (digits.length() >= 2 && digits.startsWith("0")) {
			radix = 8;
			digits = digits.substring(1);
		}
		if (digits.isEmpty()) {
			return BigInteger.ZERO;
		}
		for (int i = 0; i < digits.length(); i++) {
			if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 'z') {
				return null;
			}
		}
		return new BigInteger(digits, radix);
	}

	private static String serializeIpv4(long address) {
		return ((address >> 24) & 0xFF) + "." + ((address >> 16) & 0xFF) + "." + ((address >> 8) & 0xFF) + "."
				+ (address & 0xFF);
	}

	static int[] parseIpv6(String input) throws UrlParseException {
		int[] address = new int[8];
		int pieceIndex = 0;
		int compress = -1;
		int pointer = 0;
		int length = input.length();
		if (pointer < length && input.charAt(pointer) == ':') {
			if (pointer + 1 >= length || input.charAt(pointer + 1) != ':') {
				throw new UrlParseException("IPv6 address starts with a single colon");
			}
			pointer += 2;
			pieceIndex++;
			compress = pieceIndex;
		}
		while (pointer < length) {
			if (pieceIndex == 8) {
				throw new UrlParseException("IPv6 address has too many pieces");
			}
			if (input.charAt(pointer) == ':') {
				if (compress != -1) {
					throw new UrlParseException("IPv6 address compresses twice");
				}
				pointer++;
				pieceIndex++;
				compress = pieceIndex;
				continue;
			}
			int value = 0;
			int digits = 0;
			while (digits < 4 && pointer < length && Character.digit(input.charAt(pointer), 16) >= 0
					&& input.charAt(pointer) < 0x80) {
				value = value * 16 + Character.digit(input.charAt(pointer), 16);
				pointer++;
				digits++;
			}
			if (pointer < length && input.charAt(pointer) == '.') {
				if (digits == 0) {
					throw new UrlParseException("IPv4 in IPv6 is empty");
				}
				pointer -= digits;
				if (pieceIndex > 6) {
					throw new UrlParseException("IPv4 in IPv6 has too many pieces");
				}
				int numbersSeen = 0;
				while (pointer < length) {
					int ipv4Piece = -1;
					if (numbersSeen > 0) {
						if (input.charAt(pointer) == '.' && numbersSeen < 4) {
							pointer++;
						}
						else {
							throw new UrlParseException("IPv4 in IPv6 is invalid");
						}
					}
					if (pointer >= length || !isAsciiDigit(input.charAt(pointer))) {
						throw new UrlParseException("IPv4 in IPv6 is invalid");
					}
					while (pointer < length && isAsciiDigit(input.charAt(pointer))) {
						int number = input.charAt(pointer) - '0';
						if (ipv4Piece == -1) {
							ipv4Piece = number;
						}
						else if (ipv4Piece == 0) {
							throw new UrlParseException("IPv4 in IPv6 has a leading zero");
						}
						else {
							ipv4Piece = ipv4Piece * 10 + number;
						}
						if (ipv4Piece > 255) {
							throw new UrlParseException("IPv4 in IPv6 is out of range");
						}
						pointer++;
					}
					address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
					numbersSeen++;
					if (numbersSeen == 2 || numbersSeen == 4) {
						pieceIndex++;
					}
				}
				if (numbersSeen != 4) {
					throw new UrlParseException("IPv4 in IPv6 is too short");
				}
				break;
			}
			else if (pointer < length && input.charAt(pointer) == ':') {
				pointer++;
				if (pointer >= length) {
					throw new UrlParseException("IPv6 address ends with a colon");
				}
			}
			else if (pointer < length) {
				throw new UrlParseException("invalid character in IPv6 address");
			}
			address[pieceIndex] = value;
			pieceIndex++;
		}
		if (compress != -1) {
			int swaps = pieceIndex - compress;
			pieceIndex = 7;
			while (pieceIndex != 0 && swaps > 0) {
				int tmp = address[pieceIndex];
				address[pieceIndex] = address[compress + swaps - 1];
				address[compress + swaps - 1] = tmp;
				pieceIndex--;
				swaps--;
			}
		}
		else if (pieceIndex != 8) {
			throw new UrlParseException("IPv6 address is too short");
		}
		return address;
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
