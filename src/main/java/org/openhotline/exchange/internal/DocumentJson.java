package org.openhotline.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the exchange's documents (referrals, outcomes) strictly: each refusal is an
 * {@link IllegalArgumentException} that says what is wrong, for the sender's problem details.
 */
final class DocumentJson {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private DocumentJson() {
	}

	/** The document's object, with no field but these. */
	static JsonNode root(byte[] body, Set<String> fields) {
		JsonNode root;
		try {
			root = MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("the body is not JSON");
		}
		return object(root, "the document", fields);
	}

	/** The document's version, as a number (which versions are known is the reader's to say). */
	static int version(JsonNode root) {
		JsonNode version = root.get("version");
		if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
			throw new IllegalArgumentException("version is missing");
		}
		return version.asInt();
	}

	static JsonNode object(@Nullable JsonNode node, String name, Set<String> fields) {
		if (node == null || !node.isObject()) {
			throw new IllegalArgumentException(name + " is not an object");
		}
		for (String field : node.propertyNames()) {
			if (!fields.contains(field)) {
				throw new IllegalArgumentException(name + " has an unknown field " + field);
			}
		}
		return node;
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isString()) {
			throw new IllegalArgumentException(field + " is missing");
		}
		return value.asString();
	}

	/** A string, or null when absent; a {@code null} is no string. */
	static @Nullable String optionalText(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			throw new IllegalArgumentException(field + " is not a string");
		}
		return value.asString();
	}

	/** A string, or null when absent or {@code null}. */
	static @Nullable String nullableText(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : optionalText(node, field);
	}

	static List<String> texts(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isArray()) {
			throw new IllegalArgumentException(field + " is not a list");
		}
		List<String> texts = new ArrayList<>();
		for (JsonNode item : value) {
			if (!item.isString()) {
				throw new IllegalArgumentException(field + " has an item that is not a string");
			}
			texts.add(item.asString());
		}
		return texts;
	}
}
