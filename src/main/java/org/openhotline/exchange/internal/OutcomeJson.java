package org.openhotline.exchange.internal;

import static org.openhotline.exchange.internal.DocumentJson.optionalText;
import static org.openhotline.exchange.internal.DocumentJson.root;
import static org.openhotline.exchange.internal.DocumentJson.text;
import static org.openhotline.exchange.internal.DocumentJson.version;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.openhotline.exchange.OutcomeDocument;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one serialisation of an outcome: one line of UTF-8 JSON, fields in the schema's order,
 * no spaces, {@code interpolClass} only for ASSESSED and {@code removedAt} only for REMOVED.
 * What is signed is exactly these bytes.
 */
public final class OutcomeJson {

	private static final Set<String> FIELDS = Set.of("version", "installation", "reference", "receiverReference",
			"outcome", "interpolClass", "removedAt", "at");

	private OutcomeJson() {
	}

	public static byte[] write(OutcomeDocument document) {
		ObjectNode root = DocumentJson.MAPPER.createObjectNode();
		root.put("version", document.version());
		root.put("installation", document.installation());
		root.put("reference", document.reference());
		root.put("receiverReference", document.receiverReference());
		root.put("outcome", document.outcome().name());
		if (document.interpolClass() != null) {
			root.put("interpolClass", document.interpolClass());
		}
		if (document.removedAt() != null) {
			root.put("removedAt", DateTimeFormatter.ISO_INSTANT.format(document.removedAt()));
		}
		root.put("at", DateTimeFormatter.ISO_INSTANT.format(document.at()));
		return DocumentJson.MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
	}

	/** The outcome in these bytes; an {@link IllegalArgumentException} saying what is wrong else. */
	public static OutcomeDocument read(byte[] body) {
		JsonNode root = root(body, FIELDS);
		int version = version(root);
		OutcomeDocument.Outcome outcome;
		try {
			outcome = OutcomeDocument.Outcome.valueOf(text(root, "outcome"));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("outcome is not ASSESSED nor REMOVED");
		}
		String removedAt = optionalText(root, "removedAt");
		return new OutcomeDocument(version, text(root, "installation"), text(root, "reference"),
				text(root, "receiverReference"), outcome, optionalText(root, "interpolClass"),
				removedAt == null ? null : time(removedAt, "removedAt"), time(text(root, "at"), "at"));
	}

	private static Instant time(String text, String field) {
		if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")) {
			throw new IllegalArgumentException(field + " is not a UTC time to the second");
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(field + " is not a time");
		}
	}
}
