package org.openhotline.intake.url;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The percent-encode sets and the UTF-8 percent-decode of the WHATWG URL Standard. */
enum PercentEncoding {

	C0_CONTROL(""),
	FRAGMENT(" \"<>`"),
	QUERY(" \"#<>"),
	SPECIAL_QUERY(" \"#<>'"),
	PATH(" \"#<>?^`{}"),
	USERINFO(" \"#<>?^`{}/:;=@[\\]|");

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private final boolean[] encodeAscii = new boolean[128];

	PercentEncoding(String extra) {
		for (int c = 0; c < 0x20; c++) {
			encodeAscii[c] = true;
		}
		encodeAscii[0x7F] = true;
		for (char c : extra.toCharArray()) {
			encodeAscii[c] = true;
		}
	}

	void append(StringBuilder out, int codePoint) {
		if (codePoint < 128 && !encodeAscii[codePoint]) {
			out.append((char) codePoint);
			return;
		}
		for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
			out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
		}
	}

	String encode(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		text.codePoints().forEach(cp -> append(out, cp));
		return out.toString();
	}

	static byte[] decode(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
		for (int i = 0; i < bytes.length; i++) {
			byte b = bytes[i];
			if (b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
				out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
				i += 2;
			}
			else {
				out.write(b);
			}
		}
		return out.toByteArray();
	}

	private static int hex(byte b) {
		if (b >= '0' && b <= '9') {
			return b - '0';
		}
		if (b >= 'a' && b <= 'f') {
			return b - 'a' + 10;
		}
		if (b >= 'A' && b <= 'F') {
			return b - 'A' + 10;
		}
		return -1;
	}
}
