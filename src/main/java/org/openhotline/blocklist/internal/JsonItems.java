package org.openhotline.blocklist.internal;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.openhotline.blocklist.ListItem;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** What the JSON list and the JSON changes have in common: the generator, the manifest fields and an item's fields. */
final class JsonItems {

	// the caller owns the stream (a servlet response): finishing a document must not close it
	private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	private JsonItems() {
	}

	static JsonGenerator generator(OutputStream out) {
		return FACTORY.createGenerator(ObjectWriteContext.empty(), out);
	}

	static void signature(JsonGenerator json, SignedManifest signed) {
		json.writeStringProperty("manifest", signed.json());
		json.writeStringProperty("signature", signed.signature());
		json.writeStringProperty("keyId", signed.manifest().keyId());
	}

	/** The item's fields, without the braces around them. */
	static void fields(JsonGenerator json, ListItem item, boolean withAddresses) {
		json.writeStringProperty("sha256", item.sha256());
		json.writeStringProperty("scope", item.scope().wireName());
		json.writeStringProperty("category", item.category().wireName());
		if (withAddresses) {
			json.writeStringProperty("url", item.url());
			json.writeStringProperty("expression", item.expression());
			json.writeStringProperty("host", item.host());
		}
		json.writeStringProperty("addedAt", time(item.addedAt()));
	}

	/**
	 * An addition in the changes: the address of a URL-level item, the host of a host-level
	 * one; not the expression, which the matching rule derives from them, nor the time, which
	 * is the manifest's (changes are fetched every few seconds and must stay small).
	 */
	static void compactFields(JsonGenerator json, ListItem item, boolean withAddresses) {
		json.writeStringProperty("sha256", item.sha256());
		json.writeStringProperty("scope", item.scope().wireName());
		json.writeStringProperty("category", item.category().wireName());
		if (withAddresses && item.url() != null) {
			json.writeStringProperty("url", item.url());
		}
		else if (withAddresses) {
			json.writeStringProperty("host", item.host());
		}
	}

	/** To the second, as the manifest's time: members need no more, and sub-second digits would not compress. */
	static String time(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}
}
