package org.openhotline.tracing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a small IPv4 MaxMind DB file (format 2.0, 24-bit records) with one network and its
 * record, enough to test the reader path against the published format without a data file
 * of anyone else's in the repository.
 */
final class MaxMindDbFile {

	private MaxMindDbFile() {
	}

	static Path write(Path file, String databaseType, int[] network, int prefixLength, Map<String, Object> record)
			throws IOException {
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		encode(record, data);
		int nodes = prefixLength;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int node = 0; node < nodes; node++) {
			int bit = (network[node / 8] >> (7 - node % 8)) & 1;
			int next = node + 1 < nodes ? node + 1 : nodes + 16; // the last node points at the record at offset 0
			int left = bit == 0 ? next : nodes;
			int right = bit == 1 ? next : nodes;
			write24(out, left);
			write24(out, right);
		}
		out.write(new byte[16]);
		data.writeTo(out);
		out.write(new byte[] { (byte) 0xAB, (byte) 0xCD, (byte) 0xEF });
		out.write("MaxMind.com".getBytes(StandardCharsets.US_ASCII));
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("binary_format_major_version", new Uint16(2));
		metadata.put("binary_format_minor_version", new Uint16(0));
		metadata.put("build_epoch", new Uint64(1_700_000_000L));
		metadata.put("database_type", databaseType);
		metadata.put("description", Map.of("en", "OpenHotline test data"));
		metadata.put("ip_version", new Uint16(4));
		metadata.put("languages", List.of("en"));
		metadata.put("node_count", (long) nodes);
		metadata.put("record_size", new Uint16(24));
		encode(metadata, out);
		Files.write(file, out.toByteArray());
		return file;
	}

	record Uint16(int value) {
	}

	record Uint64(long value) {
	}

	private static void write24(ByteArrayOutputStream out, int value) {
		out.write(value >> 16 & 0xff);
		out.write(value >> 8 & 0xff);
		out.write(value & 0xff);
	}

	private static void encode(Object value, ByteArrayOutputStream out) throws IOException {
		if (value instanceof String text) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			control(2, bytes.length, out);
			out.write(bytes);
		}
		else if (value instanceof Map<?, ?> map) {
			control(7, map.size(), out);
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				encode(entry.getKey(), out);
				encode(entry.getValue(), out);
			}
		}
		else if (value instanceof List<?> list) {
			extended(11, list.size(), out);
			for (Object item : list) {
				encode(item, out);
			}
		}
		else if (value instanceof Long number) { // uint32
			byte[] bytes = unsigned(number, 4);
			control(6, bytes.length, out);
			out.write(bytes);
		}
		else if (value instanceof Uint16 number) {
			byte[] bytes = unsigned(number.value(), 2);
			control(5, bytes.length, out);
			out.write(bytes);
		}
		else if (value instanceof Uint64 number) {
			byte[] bytes = unsigned(number.value(), 8);
			extended(9, bytes.length, out);
			out.write(bytes);
		}
		else {
			throw new IllegalArgumentException("no encoding for " + value);
		}
	}

	private static void control(int type, int size, ByteArrayOutputStream out) {
		if (size < 29) {
			out.write(type << 5 | size);
		}
		else if (size < 29 + 256) {
			out.write(type << 5 | 29);
			out.write(size - 29);
		}
		else {
			throw new IllegalArgumentException("keep test values under 285 bytes");
		}
	}

	private static void extended(int type, int size, ByteArrayOutputStream out) {
		out.write(size);
		out.write(type - 7);
	}

	private static byte[] unsigned(long value, int maxBytes) {
		int length = 0;
		for (long v = value; v != 0; v >>>= 8) {
			length++;
		}
		byte[] bytes = new byte[Math.min(length, maxBytes)];
		for (int i = bytes.length - 1, shift = 0; i >= 0; i--, shift += 8) {
			bytes[i] = (byte) (value >>> shift);
		}
		return bytes;
	}
}
